import 'server-only';
import pino from 'pino';
import { getEnv } from '@/lib/env';
import { serializeError } from './serialize-error';

// JSON logs on stdout. Redaction is a safety net: code should not log secrets or addresses at all.
export const logger = pino({
  level: getEnv().LOG_LEVEL,
  base: { service: 'audio-tai-loc' },
  // Failed queries log the driver's code and message only, never the SQL parameters (personal data).
  serializers: { err: serializeError },
  redact: {
    paths: [
      '*.password',
      '*.token',
      '*.secret',
      '*.authorization',
      '*.cookie',
      'req.headers.cookie',
      'req.headers.authorization',
    ],
    censor: '[redacted]',
  },
});
