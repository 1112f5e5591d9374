import 'server-only';
import pino from 'pino';
import { getEnv } from '@/lib/env';

// JSON logs on stdout. Redaction is a safety net: code should not log secrets or addresses at all.
export const logger = pino({
  level: getEnv().LOG_LEVEL,
  base: { service: 'audio-tai-loc' },
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
