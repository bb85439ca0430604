package nl.abro.checker.check;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.abro.model.DocumentKind;

/**
 * Which compiled pack checks a document of a kind. A run names one pack for everything, or lets
 * the kind of each document choose (a declaration ABRO 2026, a tender document the tender
 * checks, an ESPD the ADV), so one bid folder is checked in one run. Packs are compiled on first
 * use: a run over declarations only never compiles the others. Thread-safe.
 */
public interface PackRouter {
    /** The pack for a kind of document, or empty when no pack of this run checks that kind. */
    Optional<CompiledPack> forKind(DocumentKind kind);

    /** The packs compiled so far, in the order they were first needed. */
    java.util.List<CompiledPack> compiled();

    static PackRouter single(CompiledPack pack) {
        return new PackRouter() {
            @Override
            public Optional<CompiledPack> forKind(DocumentKind kind) {
                return Optional.of(pack);
            }

            @Override
            public java.util.List<CompiledPack> compiled() {
                return java.util.List.of(pack);
            }
        };
    }

    /**
     * Routes by kind to packs made by {@code compile} from their ids; kinds not in {@code packIds}
     * get no pack.
     */
    static PackRouter byKind(Map<DocumentKind, String> packIds, Function<String, CompiledPack> compile) {
        Map<DocumentKind, String> ids = new EnumMap<>(packIds);
        Map<String, CompiledPack> compiled = new LinkedHashMap<>();
        return new PackRouter() {
            @Override
            public Optional<CompiledPack> forKind(DocumentKind kind) {
                String id = ids.get(kind);
                if (id == null) {
                    return Optional.empty();
                }
                synchronized (compiled) {
                    return Optional.of(compiled.computeIfAbsent(id, compile));
                }
            }

            @Override
            public java.util.List<CompiledPack> compiled() {
                synchronized (compiled) {
                    return java.util.List.copyOf(compiled.values());
                }
            }
        };
    }
}
