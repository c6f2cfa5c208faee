// What a client gets when it sends something the gateway cannot run, or when a subgraph refuses:
// a 400 with a GraphQL error code for the client's mistakes, never a 5xx; no stack traces, internal
// addresses or subgraph bodies in any mode a newcomer runs (development included); a subgraph's
// refusal of the caller's token is UNAUTHENTICATED and nothing more.

import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { startGateway } from '../src/gateway.js';
import { readSettings } from '../src/settings.js';
import { FEDERATED_FIXTURES, startFixtureSubgraphs } from './support/fixture-subgraphs.js';

const SUBGRAPH_SECRET = 'error-policy-test-subgraph-secret-0123456789';

async function post(url, body, headers = {}) {
  const response = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) };
}

const TOKEN_EXPIRED = { detail: { code: 'TOKEN_EXPIRED' }, internal: 'postgresql://secret@10.0.0.5' };
const WRONG_SECRET = { error: { code: 'GATEWAY_SECRET_INVALID', message: 'Only the gateway may call this.' } };

/** A subgraph front refusing every call: by default with the users service's 401 for a bad token. */
async function startRefusingSubgraph(status = 401, body = TOKEN_EXPIRED) {
  const server = http.createServer((req, res) => {
    req.resume();
    res.statusCode = status;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/graphql`, stop: () => new Promise((r) => server.close(r)) };
}

for (const nodeEnv of ['development', 'production']) {
  describe(`gateway error policy (NODE_ENV=${nodeEnv})`, () => {
    let subgraphs;
    let refusing;
    let gateway;
    let refusingGateway;

    before(async () => {
      subgraphs = await startFixtureSubgraphs();
      refusing = await startRefusingSubgraph();
      const base = { SUBGRAPH_SDL_DIR: FEDERATED_FIXTURES, GATEWAY_PORT: '0', NODE_ENV: nodeEnv, SUBGRAPH_SECRET };
      gateway = await startGateway(readSettings({ ...base, SUBGRAPHS: subgraphs.subgraphsSetting }), { log: () => {} });
      const refusingSetting = `users=${refusing.url},calendar=${subgraphs.byName.calendar.url}`;
      refusingGateway = await startGateway(readSettings({ ...base, SUBGRAPHS: refusingSetting }), { log: () => {} });
    });

    after(async () => {
      await gateway?.stop();
      await refusingGateway?.stop();
      await refusing?.stop();
      await subgraphs?.stop();
    });

    const clientMistakes = [
      ['two operations and no operationName', { query: 'query A { me { id } } query B { me { id } }' }],
      ['an unknown operationName', { query: 'query A { me { id } }', operationName: 'Nope' }],
      ['a subscription over HTTP', { query: 'subscription { me { id } }' }],
      ['a query that is not a string', { query: 42 }],
      ['variables that are not an object', { query: '{ me { id } }', variables: [1, 2] }],
    ];
    for (const [name, body] of clientMistakes) {
      test(`${name} is a 400 with a code, not a 5xx with a trace`, async () => {
        const answer = await post(gateway.url, body);
        assert.equal(answer.status, 400, answer.text);
        assert.ok(answer.json.errors[0].extensions.code, answer.text);
        assert.doesNotMatch(answer.text, /stacktrace|node_modules|\/work\/|at [A-Za-z.]+ \(/);
      });
    }

    test('validation errors carry no stack trace', async () => {
      const answer = await post(gateway.url, { query: '{ nope }' });
      assert.equal(answer.status, 400);
      assert.equal(answer.json.errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED');
      assert.doesNotMatch(answer.text, /stacktrace|node_modules/);
    });

    test("a subgraph's refusal of the token is UNAUTHENTICATED, without its address or body", async () => {
      const answer = await post(refusingGateway.url, { query: '{ me { id } }' }, { authorization: 'Bearer x.y.z' });
      assert.deepEqual(answer.json.errors.map((error) => error.extensions.code), ['UNAUTHENTICATED']);
      assert.doesNotMatch(answer.text, /127\.0\.0\.1|10\.0\.0\.5|TOKEN_EXPIRED|postgresql|stacktrace|response/);
    });
  });
}

test("a subgraph refusing the gateway's secret is an internal error for the caller, logged with its code", async () => {
  const refusing = await startRefusingSubgraph(403, WRONG_SECRET);
  const lines = [];
  const settings = readSettings({
    SUBGRAPH_SDL_DIR: FEDERATED_FIXTURES, GATEWAY_PORT: '0', SUBGRAPHS: `users=${refusing.url},calendar=${refusing.url}`,
  });
  const gateway = await startGateway(settings, { log: (level, event, fields) => lines.push({ level, event, ...fields }) });
  try {
    const answer = await post(gateway.url, { query: '{ me { id } }' }, { authorization: 'Bearer x.y.z', 'x-request-id': 'secret-1' });
    // Not UNAUTHENTICATED: the app would sign a person out for the operator's mistake.
    assert.deepEqual(answer.json.errors.map((error) => error.extensions.code), ['INTERNAL_SERVER_ERROR']);
    assert.doesNotMatch(answer.text, /GATEWAY_SECRET|Only the gateway/);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(lines.find((line) => line.request_id === 'secret-1')?.error_code, 'GATEWAY_SECRET_INVALID');
  } finally {
    await gateway.stop();
    await refusing.stop();
  }
});

test('stack traces come back only in the debug mode asked for by name', () => {
  assert.equal(readSettings({ NODE_ENV: 'development' }).debugErrors, false);
  assert.equal(readSettings({ GATEWAY_DEBUG_ERRORS: 'true' }).debugErrors, true);
  assert.throws(() => readSettings({ GATEWAY_DEBUG_ERRORS: 'yes please' }), /GATEWAY_DEBUG_ERRORS/);
});

test("a subgraph's refusal of a variable's value is BAD_USER_INPUT naming the variable, not its value", async () => {
  // What a Strawberry subgraph answers (HTTP 200) for dayView(date: "2026-02-30") or Paise out of range.
  const refusals = [
    ['Variable \'$date\' has invalid value: Value cannot represent a Date: "2026-02-30". day is out of range for month', 'date'],
    ["Variable '$amount' got invalid value 99999999999999999; Paise is a whole number of paise", 'amount'],
    ['Value cannot represent a Date: "2026-02-30". day is out of range for month', null],
  ];
  for (const [message, name] of refusals) {
    const subgraph = await startRefusingSubgraph(200, { data: null, errors: [{ message, locations: [{ line: 1, column: 7 }] }] });
    const settings = readSettings({
      SUBGRAPH_SDL_DIR: FEDERATED_FIXTURES, GATEWAY_PORT: '0', SUBGRAPHS: `users=${subgraph.url},calendar=${subgraph.url}`,
    });
    const gateway = await startGateway(settings, { log: () => {} });
    try {
      const answer = await post(gateway.url, { query: '{ me { id } }' });
      assert.deepEqual(answer.json.errors.map((error) => error.extensions.code), ['BAD_USER_INPUT'], answer.text);
      if (name) assert.match(answer.json.errors[0].message, new RegExp(`\\b${name}\\b`));
      assert.doesNotMatch(answer.text, /2026-02-30|99999|out of range|Paise is|serviceName|DOWNSTREAM/);
    } finally {
      await gateway.stop();
      await subgraph.stop();
    }
  }
});

test('a downstream error that is not a coercion refusal keeps its code', async () => {
  const { formatErrorFor } = await import('../src/error-policy.js');
  const formatted = formatErrorFor({ debugErrors: false })({
    message: 'Something went wrong.', extensions: { code: 'DOWNSTREAM_SERVICE_ERROR', serviceName: 'calendar' },
  });
  assert.equal(formatted.extensions.code, 'DOWNSTREAM_SERVICE_ERROR');
  assert.equal(formatted.extensions.serviceName, undefined);
});
