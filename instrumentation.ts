// Runs once when the server starts. A bad environment is said clearly but does not stop the process:
// every request then answers with that error (health with 503), and nothing restarts in a loop.
// The Node.js work lives in its own module, imported only under the nodejs runtime check so the
// edge bundle never pulls in node:crypto or the file system.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { registerNode } = await import("./instrumentation-node");
    await registerNode();
  }
}
