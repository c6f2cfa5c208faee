import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getIntrospectionQuery, getOperationAST, parse } from 'graphql';
import { limitViolation, measureOperation } from '../src/query-limits.js';

const LIMITS = { maxDepth: 10, maxAliases: 30, maxRootFields: 20 };

function measure(query) {
  const document = parse(query);
  return measureOperation(document, getOperationAST(document));
}

test('counts each level of nested fields as one depth', () => {
  assert.deepEqual(measure('{ me { id } }'), { depth: 2, aliases: 0, rootFields: 1 });
  assert.equal(measure('{ a { b { c { d } } } }').depth, 4);
});

test('follows fragment spreads and inline fragments when measuring depth', () => {
  const query = `
    query { me { ...Deep } }
    fragment Deep on User { bookings { ... on Booking { organizer { id } } } }`;
  assert.equal(measure(query).depth, 4);
});

test('counts aliases once per use of the fragment that holds them', () => {
  const query = `
    query { a: me { ...Names } b: me { ...Names } }
    fragment Names on User { first: name second: name }`;
  assert.equal(measure(query).aliases, 6);
});

test('measures a fragment spread many times without expanding it again each time', () => {
  // Each fragment spreads the next one twice: expanding it naively would visit 2^24 fields.
  const fragments = Array.from({ length: 24 }, (_, index) => `fragment F${index} on User { ...F${index + 1} ...F${index + 1} }`);
  const query = `{ me { ...F0 } } ${fragments.join(' ')} fragment F24 on User { x: id }`;
  assert.equal(measure(query).aliases, 2 ** 24);
});

test('does not loop on cyclic fragments (validation rejects them later)', () => {
  assert.equal(measure('{ me { ...A } } fragment A on User { ...B } fragment B on User { ...A }').depth, 1);
});

test('counts root fields, including those inside root fragments', () => {
  assert.equal(measure('query { a b ... on Query { c d } }').rootFields, 4);
});

test('ignores the depth of the introspection subtree', () => {
  assert.equal(limitViolation(measure(getIntrospectionQuery()), LIMITS), null);
});

test('names the broken limit with a stable code and HTTP 400', () => {
  const cases = [
    [{ depth: 11, aliases: 0, rootFields: 1 }, 'QUERY_TOO_DEEP'],
    [{ depth: 2, aliases: 31, rootFields: 1 }, 'TOO_MANY_ALIASES'],
    [{ depth: 2, aliases: 0, rootFields: 21 }, 'TOO_MANY_ROOT_FIELDS'],
  ];
  for (const [measured, code] of cases) {
    const violation = limitViolation(measured, LIMITS);
    assert.equal(violation.extensions.code, code);
    assert.equal(violation.extensions.http.status, 400);
  }
  assert.equal(limitViolation({ depth: 10, aliases: 30, rootFields: 20 }, LIMITS), null);
});
