import pino from "pino";

export type Logger = pino.Logger;

/** JSON logs on stdout; the level comes from LOG_LEVEL. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: "pozytek" }, redact: ["password", "*.password", "token", "*.token"] });
}
