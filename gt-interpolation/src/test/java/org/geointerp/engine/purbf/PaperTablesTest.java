package org.geointerp.engine.purbf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of Tables 1-6 of Cavoretto, De Rossi, Perracchione: with the paper's setting (Wendland C2,
 * delta = 0.1 on the unit box) our errors are at most 1.5 times the paper's; with the default setting they are
 * below the paper's. Both MAE (maximum absolute error) and RMSE, on the paper's evaluation grids.
 */
class PaperTablesTest {

    static Stream<PaperCases.Row> rows() {
        return PaperCases.tables().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void paperSettingReproducesTable(PaperCases.Row row) {
        PaperCases.Errors e = PaperCases.run(row.domain(), row.n(), PuRbfOptions.paper());
        assertTrue(e.mae() <= 1.5 * row.mae(), () -> row + ": MAE " + e.mae());
        assertTrue(e.rmse() <= 1.5 * row.rmse(), () -> row + ": RMSE " + e.rmse());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void defaultSettingBeatsTable(PaperCases.Row row) {
        PaperCases.Errors e = PaperCases.run(row.domain(), row.n(), PuRbfOptions.accurate());
        assertTrue(e.mae() < row.mae(), () -> row + ": MAE " + e.mae());
        assertTrue(e.rmse() < row.rmse(), () -> row + ": RMSE " + e.rmse());
    }
}
