/**
 * A server's command line, behind `nice -n` from a niceness of 1 on: the server and every thread it
 * starts then get a smaller share of a core that a browser on the same machine also wants (about a
 * tenth at 10, against a process at 0). The niceness adds to the caller's own, up to 19.
 */
export function serverCommand(commandLine: string[], niceness = 0): [string, string[]] {
  if (!Number.isInteger(niceness) || niceness < 0 || niceness > 19) {
    throw new Error(`A server's niceness is a whole number from 0 to 19, not ${niceness}`);
  }
  const [command, ...args] = commandLine;
  if (!command) throw new Error("A server's command line needs a command");
  return niceness === 0 ? [command, args] : ["nice", ["-n", String(niceness), command, ...args]];
}
