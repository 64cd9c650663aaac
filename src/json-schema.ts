// The output contract as JSON Schema, generated from the zod schema.
import { z } from 'zod';
import { Document } from './tree/schema.js';

export function jsonSchema(): object {
  return {
    ...z.toJSONSchema(Document, { target: 'draft-2020-12' }),
    $id: 'https://plan-parse.dev/schema/v1/document.json',
    title: 'plan-parse document (schemaVersion 1)',
  };
}
