package nl.abro.model;

import java.util.Objects;

/** Coordinates of a pack, written {@code id:version} (e.g. {@code abro-2026:2026.1}). */
public record PackId(String id, String version) {
    public PackId {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String toString() {
        return version == null ? id : id + ":" + version;
    }
}
