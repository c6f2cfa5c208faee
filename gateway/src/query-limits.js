// Limits on the shape of an operation: nesting depth, aliases and root fields. The size limit is
// checked earlier, on the raw text, before anything is parsed (see graphql-request.js).
//
// Fragments are measured once each and reused, so a document that spreads fragments many times
// cannot make this check itself expensive.

import { GraphQLError, Kind } from 'graphql';

// Introspection is answered by the gateway itself and is switched off in production; its standard
// query nests deeper than any sane limit for data, so its subtree does not count towards depth.
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

const NOTHING = Object.freeze({ depth: 0, aliases: 0, fields: 0 });

function combine(total, part) {
  return {
    depth: Math.max(total.depth, part.depth),
    aliases: total.aliases + part.aliases,
    fields: total.fields + part.fields,
  };
}

function measureField(field, measureChildren) {
  const alias = field.alias ? 1 : 0;
  if (INTROSPECTION_ROOTS.has(field.name.value) || !field.selectionSet) {
    return { depth: 1, aliases: alias, fields: 1 };
  }
  const children = measureChildren(field.selectionSet);
  return { depth: 1 + children.depth, aliases: alias + children.aliases, fields: 1 };
}

function createMeasurer(fragments) {
  const measuredFragments = new Map();
  const fragmentsInProgress = new Set();

  function measureFragment(name) {
    const fragment = fragments.get(name);
    // Unknown and cyclic fragments are rejected by validation; here they only must not loop.
    if (!fragment || fragmentsInProgress.has(name)) return NOTHING;
    if (!measuredFragments.has(name)) {
      fragmentsInProgress.add(name);
      measuredFragments.set(name, measureSelectionSet(fragment.selectionSet));
      fragmentsInProgress.delete(name);
    }
    return measuredFragments.get(name);
  }

  function measureSelection(selection) {
    switch (selection.kind) {
      case Kind.FIELD:
        return measureField(selection, measureSelectionSet);
      case Kind.INLINE_FRAGMENT:
        return measureSelectionSet(selection.selectionSet);
      case Kind.FRAGMENT_SPREAD:
        return measureFragment(selection.name.value);
      default:
        return NOTHING;
    }
  }

  function measureSelectionSet(selectionSet) {
    return selectionSet.selections.map(measureSelection).reduce(combine, NOTHING);
  }

  return measureSelectionSet;
}

/**
 * Measures `operation` of `document`: { depth, aliases, rootFields }, with fragments expanded.
 * `{ me { id } }` has depth 2, 0 aliases and 1 root field.
 */
export function measureOperation(document, operation) {
  const fragments = new Map(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((definition) => [definition.name.value, definition]),
  );
  const measured = createMeasurer(fragments)(operation.selectionSet);
  return { depth: measured.depth, aliases: measured.aliases, rootFields: measured.fields };
}

function rejection(code, message) {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** The first limit that `measured` breaks, as a GraphQLError with a stable code, or null. */
export function limitViolation(measured, limits) {
  if (measured.depth > limits.maxDepth) {
    return rejection('QUERY_TOO_DEEP', `query depth ${measured.depth} exceeds the limit of ${limits.maxDepth}`);
  }
  if (measured.aliases > limits.maxAliases) {
    return rejection('TOO_MANY_ALIASES', `query uses ${measured.aliases} aliases; the limit is ${limits.maxAliases}`);
  }
  if (measured.rootFields > limits.maxRootFields) {
    return rejection(
      'TOO_MANY_ROOT_FIELDS',
      `query selects ${measured.rootFields} root fields; the limit is ${limits.maxRootFields}`,
    );
  }
  return null;
}

/** Apollo Server plugin rejecting, with HTTP 400, operations that break the shape limits. */
export function queryLimitsPlugin(limits) {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation }) {
          if (!operation) return;
          const violation = limitViolation(measureOperation(document, operation), limits);
          if (violation) throw violation;
        },
      };
    },
  };
}
