import 'server-only';
// Throw-away keys for the local payment simulators (development only; lib/env.ts refuses the sandbox in
// production and lib/payments/config.ts never uses these when real keys are set). They are public on
// purpose: they protect nothing, they only make the simulated notifications go through the same
// signature checks as real ones.

export const SANDBOX_KEYS = {
  payos: {
    clientId: 'sandbox-client',
    apiKey: 'sandbox-api-key',
    checksumKey: 'sandbox-only-payos-checksum-key-not-a-secret',
  },
  vnpay: { tmnCode: 'SANDBOX1', hashSecret: 'SANDBOXONLYVNPAYHASHSECRETNOTASECRET' },
  momo: {
    partnerCode: 'MOMOSANDBOX',
    accessKey: 'sandbox-access-key',
    secretKey: 'sandbox-only-momo-secret-key-not-a-secret',
  },
} as const;
