// `client:interact={checklistIds}` on an island (see ./directive.ts).
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Checklist ids whose saved progress or share link hydrates the island at once. */
    'client:interact'?: readonly string[] | true;
  }
}
