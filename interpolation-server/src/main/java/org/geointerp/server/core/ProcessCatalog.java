package org.geointerp.server.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.geotools.api.feature.type.Name;
import org.geotools.process.ProcessFactory;
import org.geotools.process.Processors;

/**
 * The processes this server publishes: every process of every registered GeoTools process
 * factory whose namespace is configured. Nothing is hard-wired to a method, so a process that
 * a new method adds to the factory is published without a change here.
 */
public final class ProcessCatalog {
    private final Map<String, ProcessInfo> byId;

    private ProcessCatalog(Map<String, ProcessInfo> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The processes of the factories registered through META-INF/services, as GeoServer finds them. */
    public static ProcessCatalog fromRegistry(Set<String> namespaces) {
        return of(namespaces, Processors.getProcessFactories());
    }

    public static ProcessCatalog of(Set<String> namespaces, Collection<? extends ProcessFactory> factories) {
        return of(namespaces, factories, id -> true);
    }

    /** As {@link #of(Set, Collection)}, keeping only the process identifiers the filter accepts. */
    public static ProcessCatalog of(
            Set<String> namespaces, Collection<? extends ProcessFactory> factories, Predicate<String> include) {
        Map<String, ProcessInfo> found = new TreeMap<>();
        for (ProcessFactory factory : factories) {
            if (!factory.isAvailable()) {
                continue;
            }
            for (Name name : factory.getNames()) {
                if (!namespaces.contains(name.getNamespaceURI())) {
                    continue;
                }
                ProcessInfo info = new ProcessInfo(factory, name);
                if (include.test(info.id()) && info.exchangeable()) {
                    found.putIfAbsent(info.id(), info);
                }
            }
        }
        return new ProcessCatalog(found);
    }

    public List<ProcessInfo> all() {
        return new ArrayList<>(byId.values());
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    /** The process with this identifier, or an InvalidParameterValue exception naming it. */
    public ProcessInfo get(String id, String locator) {
        if (id == null || id.isBlank()) {
            throw new OwsException(OwsException.MISSING_PARAMETER, locator, "no process identifier given");
        }
        ProcessInfo info = byId.get(id.trim());
        if (info == null) {
            throw new OwsException(
                    OwsException.INVALID_PARAMETER, locator, "no such process: '" + id + "'; known: " + byId.keySet());
        }
        return info;
    }
}
