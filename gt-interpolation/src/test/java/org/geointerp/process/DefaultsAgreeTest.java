package org.geointerp.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geointerp.engine.InterpolationMethod;
import org.geointerp.engine.Methods;
import org.geointerp.engine.Parameter;
import org.geotools.api.feature.type.Name;
import org.geotools.feature.NameImpl;
import org.junit.jupiter.api.Test;

/**
 * Defaults have one home, the engine's method registry: every parameter a process declares with a default must
 * declare the registry's, and every registry parameter must be a parameter of its process (same name, so that
 * cross-validation, Spark and the command line mean the same thing by it).
 */
class DefaultsAgreeTest {

    /** Process parameters that are not the method's own: the output grid and the raster's encoding. */
    private static final List<String> COMMON =
            List.of("noDataValue", "outputMembership", "barrierStrengthAttr", "autoTune");

    @Test
    void everyProcessDefaultEqualsTheEngines() {
        InterpolationProcessFactory factory = new InterpolationProcessFactory();
        List<String> checked = new ArrayList<>();
        for (InterpolationMethod method : Methods.all()) {
            Name name = new NameImpl(InterpolationProcessFactory.NAMESPACE, method.name());
            Map<String, org.geotools.api.data.Parameter<?>> declared = factory.getParameterInfo(name);
            for (Parameter p : method.parameters()) {
                org.geotools.api.data.Parameter<?> d = declared.get(p.name());
                assertTrue(d != null, method.name() + " process lacks the registry parameter " + p.name());
                Object processDefault = d.getDefaultValue();
                if (p.defaultValue() == null) {
                    assertEquals(null, processDefault, method.name() + "." + p.name() + ": the engine derives it");
                } else {
                    Object parsed = processDefault instanceof String s && p.isText() ? p.parse(s) : processDefault;
                    assertEquals(
                            p.coerce(p.defaultValue()),
                            p.coerce(parsed),
                            method.name() + "." + p.name() + ": process default differs from the engine's");
                }
                checked.add(method.name() + "." + p.name());
            }
            for (String key : declared.keySet()) {
                if (!List.of("data", "valueAttr", "outputBBOX", "outputWidth", "outputHeight")
                                .contains(key)
                        && !COMMON.contains(key)) {
                    assertTrue(
                            method.parameters().stream().anyMatch(p -> p.name().equals(key)),
                            method.name() + " process parameter " + key + " is not in the registry");
                }
            }
            org.geotools.api.data.Parameter<?> noData = declared.get("noDataValue");
            assertEquals(MethodRun.DEFAULT_NO_DATA, ((Number) noData.getDefaultValue()).doubleValue());
        }
        assertFalse(checked.isEmpty());
        assertEquals(Methods.all().stream().mapToInt(m -> m.parameters().size()).sum(), checked.size());
    }
}
