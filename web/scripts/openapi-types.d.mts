/** The TypeScript of `description` (the parsed OpenAPI document), as `npm run types` writes it. */
export function generateTypes(description: object): Promise<string>;
