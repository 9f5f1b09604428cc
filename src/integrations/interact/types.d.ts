// `client:interact={{ checklists, address }}` on an island (see ./directive.ts).
import 'astro';
import type { InteractOptions } from './directive.ts';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:interact'?: InteractOptions | true;
  }
}
