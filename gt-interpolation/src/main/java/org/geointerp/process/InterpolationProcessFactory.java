package org.geointerp.process;

import java.awt.RenderingHints;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.geotools.api.data.Parameter;
import org.geotools.api.feature.type.Name;
import org.geotools.api.util.InternationalString;
import org.geotools.feature.NameImpl;
import org.geotools.process.Process;
import org.geotools.process.ProcessFactory;
import org.geotools.process.factory.AnnotatedBeanProcessFactory;
import org.geotools.text.Text;

/**
 * Publishes this project's interpolation processes under the {@code interpolation} namespace. Registered in
 * {@code META-INF/services/org.geotools.process.ProcessFactory}, which is how GeoTools' {@code Processors} and
 * GeoServer's WPS find it.
 *
 * <p>The interpolation methods are {@link InterpolationProcess}es, which declare the parameters all methods share
 * once; the cross-validation process, whose parameters are its own, is an annotated bean. Both are described to
 * clients the same way (titles, version 1.0.0, no progress claimed), as when every process was an annotated bean.
 */
public class InterpolationProcessFactory implements ProcessFactory {

    /** The namespace of every process here: {@code interpolation:Shepard} and so on. */
    public static final String NAMESPACE = "interpolation";

    private static final InternationalString TITLE = Text.text("Scattered-point interpolation");

    /** As the annotated processes' default {@code DescribeProcess.version}. */
    private static final String VERSION = "1.0.0";

    private final Map<String, Supplier<InterpolationProcess>> methods = new TreeMap<>();
    private final Map<String, InterpolationProcess> described = new TreeMap<>();
    private final AnnotatedBeanProcessFactory beans =
            new AnnotatedBeanProcessFactory(TITLE, NAMESPACE, CrossValidationProcess.class);

    public InterpolationProcessFactory() {
        for (Supplier<InterpolationProcess> s : List.<Supplier<InterpolationProcess>>of(
                ShepardProcess::new, AkimaProcess::new, ClusterpolateProcess::new, PartitionOfUnityRBFProcess::new)) {
            InterpolationProcess p = s.get();
            methods.put(p.name(), s);
            described.put(p.name(), p);
        }
    }

    /** The interpolation process called {@code name}, or null for another (the annotated beans'). */
    private InterpolationProcess method(Name name) {
        return NAMESPACE.equals(name.getNamespaceURI()) ? described.get(name.getLocalPart()) : null;
    }

    @Override
    public InternationalString getTitle() {
        return TITLE;
    }

    /** Every process, sorted by name as GeoTools' bean factory lists them. */
    @Override
    public Set<Name> getNames() {
        TreeMap<String, Name> sorted = new TreeMap<>();
        for (String m : methods.keySet()) {
            sorted.put(m, new NameImpl(NAMESPACE, m));
        }
        for (Name n : beans.getNames()) {
            sorted.put(n.getLocalPart(), n);
        }
        return new LinkedHashSet<>(sorted.values());
    }

    @Override
    public InternationalString getTitle(Name name) {
        InterpolationProcess m = method(name);
        return m != null ? m.title() : beans.getTitle(name);
    }

    @Override
    public InternationalString getDescription(Name name) {
        InterpolationProcess m = method(name);
        return m != null ? m.description() : beans.getDescription(name);
    }

    @Override
    public Map<String, Parameter<?>> getParameterInfo(Name name) {
        InterpolationProcess m = method(name);
        return m != null ? m.parameterInfo() : beans.getParameterInfo(name);
    }

    @Override
    public Map<String, Parameter<?>> getResultInfo(Name name, Map<String, Object> parameters) {
        InterpolationProcess m = method(name);
        return m != null ? m.resultInfo() : beans.getResultInfo(name, parameters);
    }

    @Override
    public Process create(Name name) {
        return method(name) != null ? methods.get(name.getLocalPart()).get() : beans.create(name);
    }

    /** False, as the annotated processes declared: they report progress all the same. */
    @Override
    public boolean supportsProgress(Name name) {
        return false;
    }

    @Override
    public String getVersion(Name name) {
        return method(name) != null ? VERSION : beans.getVersion(name);
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public Map<RenderingHints.Key, ?> getImplementationHints() {
        return null;
    }
}
