package nl.abro.model.io;

import java.util.IdentityHashMap;
import java.util.Map;
import nl.abro.model.Problem;

/** A schema-valid file bound to JAXB objects, remembering where each object starts for later checks. */
record BoundDocument<T>(String file, T root, Map<Object, Location> locations) {
    BoundDocument {
        locations = new IdentityHashMap<>(locations);
    }

    Problem problem(Object element, String message) {
        Location at = locations.getOrDefault(element, Location.UNKNOWN);
        return new Problem(file, at.line(), at.column(), message);
    }
}
