package nl.abro.checker.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmEmptySequence;
import net.sf.saxon.s9api.XdmMap;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import nl.abro.model.PackParameter;
import nl.abro.model.RequirementPack;
import nl.abro.model.TbbLevel;
import nl.abro.model.TenderProfile;

/**
 * The variables every rule sees for one document (see rules-1.xsd): level, check date, the pack's
 * parameters at that level, the tender, the ESPD request given as the tender (if any), and the
 * applicable requirements. Immutable.
 */
public final class Bindings {
    static final QName TBB = new QName("tbb");
    static final QName CHECK_DATE = new QName("checkDate");
    static final QName PARAM = new QName("param");
    static final QName TENDER = new QName("tender");
    static final QName REQUEST = new QName("request");
    static final QName APPLICABLE = new QName("applicable");
    static final QName REQUIREMENT = new QName("requirement");
    static final QName CATALOGS = new QName("catalogs");
    static final List<QName> ALL = List.of(TBB, CHECK_DATE, PARAM, TENDER, REQUEST, APPLICABLE, REQUIREMENT, CATALOGS);

    private final Map<QName, XdmValue> values;

    private Bindings(Map<QName, XdmValue> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * The bindings for a document checked at {@code level}; null when the document states none and
     * none was given (a tender document may lack it: then $tbb is empty, and parameters are
     * visible only where they have one value at every level).
     */
    public static Bindings of(RequirementPack pack, TbbLevel level, LocalDate checkDate, TenderProfile tender,
                              List<String> applicable) {
        Map<QName, XdmValue> values = new LinkedHashMap<>();
        values.put(TBB, level == null ? XdmEmptySequence.getInstance() : new XdmAtomicValue(level.number()));
        values.put(CHECK_DATE, date(checkDate));
        Map<XdmAtomicValue, XdmValue> parameters = new LinkedHashMap<>();
        for (PackParameter parameter : pack.parameters()) {
            String override = tender == null ? null : tender.settings().get(parameter.name());
            String value = override != null ? override : level != null ? parameter.valueAt(level).orElse(null) : sameAtEveryLevel(parameter);
            if (value != null) {
                parameters.put(new XdmAtomicValue(parameter.name()), typed(parameter.type(), value));
            }
        }
        if (tender != null) {
            // Settings the authority adds beyond the pack's parameters are visible too, as strings.
            tender.settings().forEach((name, value) -> parameters.putIfAbsent(new XdmAtomicValue(name), new XdmAtomicValue(value)));
        }
        values.put(PARAM, new XdmMap(parameters));
        Map<XdmAtomicValue, XdmValue> tenderMap = new LinkedHashMap<>();
        if (level != null) {
            tenderMap.put(new XdmAtomicValue("tbb"), new XdmAtomicValue(level.number()));
        }
        if (tender != null) {
            tenderMap.put(new XdmAtomicValue("id"), new XdmAtomicValue(tender.id()));
            tenderMap.put(new XdmAtomicValue("title"), new XdmAtomicValue(tender.title()));
            Map<XdmAtomicValue, XdmValue> settings = new LinkedHashMap<>();
            tender.settings().forEach((k, v) -> settings.put(new XdmAtomicValue(k), new XdmAtomicValue(v)));
            tenderMap.put(new XdmAtomicValue("settings"), new XdmMap(settings));
        }
        values.put(TENDER, new XdmMap(tenderMap));
        values.put(REQUEST, XdmEmptySequence.getInstance());
        values.put(APPLICABLE, new XdmValue(applicable.stream().map(XdmAtomicValue::new).toList()));
        values.put(REQUIREMENT, XdmEmptySequence.getInstance());
        values.put(CATALOGS, new XdmMap(Map.of()));
        return new Bindings(values);
    }

    private static String sameAtEveryLevel(PackParameter parameter) {
        java.util.Set<String> values = new java.util.HashSet<>();
        for (TbbLevel level : TbbLevel.values()) {
            values.add(parameter.valueAt(level).orElse(null));
        }
        return values.size() == 1 ? values.iterator().next() : null;
    }

    /** These bindings with {@code $catalogs}: the catalogs of the packs the pack uses (see {@link #catalogs}). */
    public Bindings withCatalogs(XdmMap catalogs) {
        Map<QName, XdmValue> copy = new LinkedHashMap<>(values);
        copy.put(CATALOGS, catalogs);
        return new Bindings(copy);
    }

    /**
     * The value of {@code $catalogs}: pack id to a map from requirement number to the TBB levels
     * (integers) at which the requirement applies.
     */
    public static XdmMap catalogs(Map<String, nl.abro.model.RequirementCatalog> catalogs) {
        Map<XdmAtomicValue, XdmValue> byPack = new LinkedHashMap<>();
        catalogs.forEach((id, catalog) -> {
            Map<XdmAtomicValue, XdmValue> byNumber = new LinkedHashMap<>();
            for (nl.abro.model.Requirement requirement : catalog.requirements()) {
                byNumber.put(new XdmAtomicValue(requirement.number()), new XdmValue(
                        requirement.levels().stream().sorted().map(l -> new XdmAtomicValue(l.number())).toList()));
            }
            byPack.put(new XdmAtomicValue(id), new XdmMap(byNumber));
        });
        return new XdmMap(byPack);
    }

    /** These bindings with {@code $request} set to an ESPD request's facts view (null: none). */
    public Bindings withRequest(XdmNode request) {
        Map<QName, XdmValue> copy = new LinkedHashMap<>(values);
        copy.put(REQUEST, request == null ? XdmEmptySequence.getInstance() : request);
        return new Bindings(copy);
    }

    public Bindings forRequirement(String requirement) {
        Map<QName, XdmValue> copy = new LinkedHashMap<>(values);
        copy.put(REQUIREMENT, new XdmAtomicValue(requirement));
        return new Bindings(copy);
    }

    XdmValue get(QName name) {
        return values.get(name);
    }

    /** The names of the variables every rule sees, in the order of rules-1.xsd. */
    public static List<String> names() {
        return ALL.stream().map(QName::getLocalName).toList();
    }

    /**
     * Every variable a rule sees, by name, in the order of rules-1.xsd; for tools that must bind
     * them the same way elsewhere (the Schematron export).
     */
    public Map<String, XdmValue> byName() {
        Map<String, XdmValue> named = new LinkedHashMap<>();
        for (QName name : ALL) {
            named.put(name.getLocalName(), values.get(name));
        }
        return named;
    }

    private static XdmValue typed(PackParameter.Type type, String value) {
        return switch (type) {
            case INTEGER -> new XdmAtomicValue(Long.parseLong(value.strip()));
            case BOOLEAN -> new XdmAtomicValue(Boolean.parseBoolean(value.strip()));
            case STRING -> new XdmAtomicValue(value);
        };
    }

    private static XdmAtomicValue date(LocalDate date) {
        try {
            return new XdmAtomicValue(date.toString(), ItemType.DATE);
        } catch (SaxonApiException e) {
            throw new IllegalStateException("an ISO date is always a valid xs:date", e);
        }
    }
}
