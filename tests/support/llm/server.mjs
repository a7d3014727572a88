// A real llama.cpp runtime (node-llama-cpp) behind the OpenAI-compatible
// streaming API, for Stratos's end-to-end Ask tests:
//   POST /v1/chat/completions (stream: true -> SSE "data: {json}" ... "data: [DONE]")
//   GET  /v1/models, GET /props (n_ctx), GET /health (503 while the model loads, then 200)
// Usage: node server.mjs PORT [MODEL.gguf]   or, as llama-server takes it,
//        node server.mjs -m MODEL.gguf --port PORT [--host 127.0.0.1]
// Port 0 picks a free port; the server prints "listening on http://HOST:PORT".
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getLlama } from "node-llama-cpp";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let port = 0;
let host = "127.0.0.1";
let modelPath = path.resolve(here, "../../../../shared/testdata/llama-2-tiny-random.gguf");
const positional = [];
for (let i = 0; i < args.length; ++i) {
  if (args[i] === "-m" || args[i] === "--model") modelPath = path.resolve(args[++i]);
  else if (args[i] === "--port") port = Number(args[++i]);
  else if (args[i] === "--host") host = args[++i];
  else positional.push(args[i]);
}
if (positional.length > 0) port = Number(positional[0]);
if (positional.length > 1) modelPath = path.resolve(positional[1]);
const maxTokensDefault = Number(process.env.STRATOS_TEST_LLM_MAX_TOKENS || 24);
const modelId = path.basename(modelPath, ".gguf");

let model = null;
let sequence = null;
let queue = Promise.resolve(); // one generation at a time: one context sequence

function sendJson(res, status, body) {
  res.writeHead(status, { "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}

function promptOf(messages) {
  // A plain transcript: the model has random weights, the point is real tokenisation and sampling.
  return messages.map((m) => `${m.role}: ${m.content}`).join("\n") + "\nassistant:";
}

async function* generate(messages, maxTokens, temperature) {
  let tokens = model.tokenize(promptOf(messages));
  const room = Math.max(16, sequence.context.contextSize - maxTokens - 8);
  if (tokens.length > room) tokens = tokens.slice(tokens.length - room);
  await sequence.clearHistory();
  const out = [];
  let sent = "";
  for await (const token of sequence.evaluate(tokens, { temperature })) {
    if (model.tokens.eos !== null && token === model.tokens.eos) break;
    out.push(token);
    const text = model.detokenize(out);
    // Wait for the rest of a UTF-8 character split over tokens.
    if (!text.endsWith("\uFFFD") && text.length > sent.length) {
      yield text.slice(sent.length);
      sent = text;
    }
    if (out.length >= maxTokens) break;
  }
}

async function chat(req, res, body) {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  if (body.model && body.model !== modelId) {
    return sendJson(res, 404, { error: { message: `model '${body.model}' not found`, type: "invalid_request_error" } });
  }
  const maxTokens = Number(body.max_tokens || maxTokensDefault);
  const temperature = typeof body.temperature === "number" ? body.temperature : 0.8;
  const id = `chatcmpl-${Date.now()}`;
  const created = Math.floor(Date.now() / 1000);
  const chunk = (delta, finish) =>
    `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model: modelId,
      choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  if (body.stream) {
    res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
    res.write(chunk({ role: "assistant", content: "" }, null));
    let closed = false;
    res.on("close", () => { closed = true; });
    for await (const piece of generate(messages, maxTokens, temperature)) {
      if (closed) break;
      res.write(chunk({ content: piece }, null));
    }
    if (!closed) {
      res.write(chunk({}, "stop"));
      res.write("data: [DONE]\n\n");
      res.end();
    }
    return;
  }
  let text = "";
  for await (const piece of generate(messages, maxTokens, temperature)) text += piece;
  sendJson(res, 200, { id, object: "chat.completion", created, model: modelId,
    choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }] });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (req.method === "GET" && url.pathname === "/health") {
    return model ? sendJson(res, 200, { status: "ok" })
                 : sendJson(res, 503, { error: { message: "Loading model", type: "unavailable_error" } });
  }
  if (!model) return sendJson(res, 503, { error: { message: "Loading model" } });
  if (req.method === "GET" && url.pathname === "/v1/models") {
    return sendJson(res, 200, { object: "list", data: [{ id: modelId, object: "model", owned_by: "node-llama-cpp" }] });
  }
  if (req.method === "GET" && url.pathname === "/props") {
    // As llama-server says it: the context of a slot, which prompts must fit.
    return sendJson(res, 200, { default_generation_settings: { n_ctx: sequence.context.contextSize }, total_slots: 1 });
  }
  if (req.method === "POST" && url.pathname === "/v1/chat/completions") {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (d) => { raw += d; });
    req.on("end", () => {
      let body;
      try { body = JSON.parse(raw); } catch { return sendJson(res, 400, { error: { message: "body is not JSON" } }); }
      queue = queue.then(() => chat(req, res, body)).catch((e) => {
        if (!res.headersSent) sendJson(res, 500, { error: { message: String(e) } });
        else res.end(`data: ${JSON.stringify({ error: { message: String(e) } })}\n\n`);
      });
    });
    return;
  }
  sendJson(res, 404, { error: { message: `no route ${req.method} ${url.pathname}` } });
});

server.listen(port, host, async () => {
  console.log(`listening on http://${host}:${server.address().port}`);
  try {
    // One thread: llama.cpp's worker threads spin while they wait for each
    // other, and on a machine whose cores are all busy with other tests a
    // two-thread evaluation took 30 s for a one-word prompt.
    const llama = await getLlama({ gpu: false, build: "never", maxThreads: 1 });
    const loaded = await llama.loadModel({ modelPath });
    const context = await loaded.createContext({ contextSize: 512, threads: 1 });
    sequence = context.getSequence();
    model = loaded; // only now does /health say 200
    console.log(`model loaded: ${modelId}`);
  } catch (e) {
    console.error(`cannot load the model: ${e}`);
    process.exit(3);
  }
});
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => process.exit(0));
