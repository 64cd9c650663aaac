// The configuration file, defined once: plan-parse.config.json, or the
// "plan-parse" key of package.json. Unknown keys and rule ids are errors, so a
// typo never passes for a setting.
import { z } from 'zod';
import { RULES } from '../diagnostics/codes.js';

export const RuleLevel = z.enum(['off', 'info', 'warning', 'error']);

const ruleIds = Object.keys(RULES) as [keyof typeof RULES, ...(keyof typeof RULES)[]];

export const ConfigFile = z.strictObject({
  /** Rule id → its severity here, or off to drop its diagnostics. */
  rules: z.partialRecord(z.enum(ruleIds), RuleLevel).optional(),
  /** Glob patterns of input paths (relative to the configuration's folder) that are never read. */
  ignore: z.array(z.string().min(1)).optional(),
  /** Canonical department name → the other names it goes by. */
  departments: z.record(z.string().min(1), z.array(z.string().min(1))).optional(),
});

export type RuleLevel = z.infer<typeof RuleLevel>;
export type ConfigFile = z.infer<typeof ConfigFile>;
export type RuleLevels = NonNullable<ConfigFile['rules']>;

/** A configuration as the CLI uses it: the file's settings and where they came from. */
export type Config = {
  /** The file read, or null when none was found (or --no-config). */
  file: string | null;
  /** The folder `ignore` patterns are relative to. */
  dir: string;
  rules: RuleLevels;
  ignore: string[];
  departments: Record<string, string[]>;
};
