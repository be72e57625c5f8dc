// @vitest-environment node
import { describe, expect, it } from 'vitest';
import description from '../../../docs/openapi.json?raw';
import { generateTypes } from '../../scripts/openapi-types.mjs';
import checkedIn from './openapi.d.ts?raw';

describe('the REST types generated from the OpenAPI description', () => {
  it('are what openapi-typescript makes of docs/openapi.json today (else run `npm run types`)', async () => {
    const regenerated = await generateTypes(JSON.parse(description) as object);
    expect(checkedIn, 'src/types/openapi.d.ts is out of date with docs/openapi.json: run `npm run types`').toBe(
      regenerated,
    );
  });
});
