import 'server-only';
import { ecsFormat } from '@elastic/ecs-pino-format';
import pino from 'pino';
import { getEnv } from '@/lib/env';
import { censor, REDACT_PATHS } from './redact';
import { serializeError } from './serialize-error';

// One JSON line per event on stdout, in Elastic Common Schema field names (`@timestamp`, `log.level`,
// `message`, `service.name`, `ecs.version`), so Filebeat can ship the lines to Elasticsearch as they are.
// `err` is left to pino's serializer (convertErr: false) rather than ECS's `error.*` conversion, which
// would copy the whole error, driver details included. Redaction is a safety net (lib/log/redact.ts).
export const logger = pino({
  ...ecsFormat({ convertErr: false, apmIntegration: false, serviceName: 'audio-tai-loc' }),
  level: getEnv().LOG_LEVEL,
  // Failed queries log the driver's code and message only, never the SQL parameters (personal data).
  serializers: { err: serializeError },
  redact: { paths: REDACT_PATHS, censor },
});
