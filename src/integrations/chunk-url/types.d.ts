// `import url from './module.ts?chunk-url'` (see ./index.ts).
declare module '*?chunk-url' {
  const url: string;
  export default url;
}
