package org.geointerp.engine.fielddata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.geointerp.engine.PointSet;
import org.junit.jupiter.api.Test;

/** The committed case files (read by the peer scripts) are what {@link FieldCases} generates, to the last bit. */
class FieldCasesTest {

    @Test
    void storedCasesAreTheGeneratedOnes() {
        for (FieldCases.Case generated : FieldCases.synthetic()) {
            PointSet stored = FieldCases.stored(generated.name()).points();
            PointSet g = generated.points();
            assertArrayEquals(g.x(), stored.x(), 0, generated.name() + " x");
            assertArrayEquals(g.y(), stored.y(), 0, generated.name() + " y");
            assertArrayEquals(g.values(), stored.values(), 0, generated.name() + " values");
        }
    }

    @Test
    void peerReferencesHaveEveryPointOfTheirCase() {
        for (FieldCases.Case c : FieldCases.all()) {
            PeerReference ref = PeerReference.of(c.name());
            assertArrayEquals(c.points().values(), ref.observed(), 1e-12, c.name());
        }
    }

    @Test
    void meuseReferenceFiguresAreGstats() {
        // the figures of the data's README (gstat 2.1): IDW power 2 with the 10 nearest, with all points, kriging
        PeerReference meuse = PeerReference.of("meuse");
        assertEquals(0.4501, meuse.idw10Rmse(), 5e-5);
        assertEquals(0.5138, meuse.rmse(meuse.idwAll(), null), 5e-5);
        assertEquals(0.3918, meuse.rmse(meuse.kriging(), null), 5e-5);
    }
}
