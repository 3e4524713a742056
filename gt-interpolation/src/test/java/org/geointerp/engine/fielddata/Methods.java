package org.geointerp.engine.fielddata;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.geointerp.engine.PointSet;
import org.geointerp.engine.Surface;
import org.geointerp.engine.akima.AkimaInterpolator;
import org.geointerp.engine.clusterpolate.Clusterpolator;
import org.geointerp.engine.clusterpolate.DefaultRadius;
import org.geointerp.engine.clusterpolate.StandardKernel;
import org.geointerp.engine.purbf.PartitionOfUnityRbf;
import org.geointerp.engine.purbf.PuRbfOptions;
import org.geointerp.engine.shepard.ShepardInterpolator;
import org.geointerp.engine.shepard.ShepardOptions;

/** Each method as a user gets it with no options (the processes' defaults), as a fit function. */
public final class Methods {

    private Methods() {}

    public static Surface shepard(PointSet p) {
        return new ShepardInterpolator(ShepardOptions.defaults()).fit(p);
    }

    /** The process's default: the radius derived from the data by {@link DefaultRadius}, the bump kernel. */
    public static Surface clusterpolate(PointSet p) {
        return new Clusterpolator(DefaultRadius.of(p), StandardKernel.BUMP)
                .fit(p)
                .valueOnly();
    }

    public static Surface puRbf(PointSet p) {
        return PartitionOfUnityRbf.fit(p, PuRbfOptions.defaults()).surface();
    }

    public static Surface akima(PointSet p) {
        return new AkimaInterpolator(false).fit(p);
    }

    public static Surface akimaExtrapolated(PointSet p) {
        return new AkimaInterpolator(true).fit(p);
    }

    /** The defaults, by the names the tables use. */
    public static Map<String, Function<PointSet, Surface>> defaults() {
        Map<String, Function<PointSet, Surface>> m = new LinkedHashMap<>();
        m.put("shepard", Methods::shepard);
        m.put("clusterpolate", Methods::clusterpolate);
        m.put("purbf", Methods::puRbf);
        m.put("akima", Methods::akima);
        return m;
    }
}
