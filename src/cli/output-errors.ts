/**
 * What `candor` does when stdout cannot be written. A reader that goes away early (`| head -1`, quitting `less`)
 * is normal: stop quietly with 0, as Unix tools do. Anything else (a full disk) is the user's problem to fix, so
 * one line saying what, not Node's "Unhandled 'error' event" stack trace.
 */
import { getSystemErrorMap } from 'node:util';

/** sysexits.h EX_IOERR: the output could not be written. */
const EXIT_CANNOT_WRITE = 74;

function describe(error: NodeJS.ErrnoException): string {
  const known = error.errno === undefined ? undefined : getSystemErrorMap().get(error.errno)?.[1];
  return known ?? error.code ?? error.message;
}

export function handleOutputErrors(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`candor: cannot write the output: ${describe(error)}\n`);
    process.exit(EXIT_CANNOT_WRITE);
  });
}
