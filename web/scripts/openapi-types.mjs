// The web app's REST types, generated from the backend's OpenAPI description (docs/openapi.json,
// checked in and kept equal to what the backend serves by its OpenApiDescriptionIT).
// `npm run types` writes src/types/openapi.d.ts; src/types/openapi-sync.test.ts regenerates in
// memory with the same options and fails when the checked-in file differs.
import openapiTS, { astToString } from 'openapi-typescript';

const BANNER =
  '/**\n * Generated from docs/openapi.json by openapi-typescript (npm run types): do not edit.\n */\n\n';

/** The TypeScript of `description` (the parsed OpenAPI document), as `npm run types` writes it. */
export async function generateTypes(description) {
  // arrayLength: a coordinate pair (minItems = maxItems = 2) becomes [number, number]
  const ast = await openapiTS(description, { arrayLength: true });
  return BANNER + astToString(ast);
}

const cli = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (cli) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const description = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));
  const target = new URL('../src/types/openapi.d.ts', import.meta.url);
  writeFileSync(target, await generateTypes(description));
  console.log(`wrote ${target.pathname}`);
}
