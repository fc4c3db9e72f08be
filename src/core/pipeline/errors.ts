/**
 * The typed errors the engine throws at its edges. They carry a `code` so callers in another realm
 * (the CLI loads the bundle in a vm context, where `instanceof` fails) can tell them apart.
 */
export type FunnelErrorCode = 'invalid_settings' | 'no_usable_tab' | 'busy' | 'report_locked' | 'setup_not_saved';

export class FunnelError extends Error {
  readonly code: FunnelErrorCode;
  /** One line per problem, already in the user's language. */
  readonly details: readonly string[];

  constructor(code: FunnelErrorCode, message: string, details: readonly string[] = []) {
    super(details.length > 0 ? `${message}\n${details.map((d) => `- ${d}`).join('\n')}` : message);
    this.name = 'FunnelError';
    this.code = code;
    this.details = details;
  }
}
