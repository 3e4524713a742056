package org.geointerp.process;

import java.util.ArrayList;
import java.util.List;
import org.geotools.process.ProcessException;

/**
 * Refuses values beyond the 32-bit float range (including infinities). Every raster the processes write is 32-bit
 * float, so such a value would come out as an infinite or meaningless cell; and the methods square and sum values
 * (RBF systems, cross-validation's RMSE), which overflows long before double's own limit. The same limit holds for
 * cross-validation, so that a setting validated there runs on the same data. Refusing names the attribute, how many
 * features and the first offending values, so the client can rescale them (e.g. to other units).
 */
final class ValueRange {
    /** The features listed in the message: enough to find them, few enough for one line. */
    private static final int SHOWN = 3;

    private final String valueAttr;
    private final List<String> shown = new ArrayList<>();
    private int beyond;

    ValueRange(String valueAttr) {
        this.valueAttr = valueAttr;
    }

    /** Whether {@code z} (of the feature at {@code index}, from 0) fits a 32-bit float; counts it if not. */
    boolean accepts(double z, int index) {
        if (Math.abs(z) <= Float.MAX_VALUE) {
            return true;
        }
        beyond++;
        if (shown.size() < SHOWN) {
            shown.add("feature " + index + ": " + z);
        }
        return false;
    }

    /** @throws ProcessException naming {@code data} if any value was beyond the range */
    void check() {
        if (beyond == 0) {
            return;
        }
        throw new ProcessException("data: " + beyond + (beyond == 1 ? " feature has" : " features have")
                + " a '" + valueAttr + "' beyond the 32-bit float range of the output rasters (+-" + Float.MAX_VALUE
                + ") (" + String.join(", ", shown) + (beyond > SHOWN ? ", ..." : "")
                + "); rescale the values, e.g. to other units");
    }
}
