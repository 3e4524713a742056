package org.geointerp.engine.purbf;

/**
 * Prints every row of the paper's Tables 1-6 next to ours, with the paper's setting, the accurate setting (the
 * default before issue 12) and the robust default, as a Markdown table (used for docs/pu-rbf.md). Run from the test classpath:
 * {@code java -cp ... org.geointerp.engine.purbf.PaperTablesReport}.
 */
public final class PaperTablesReport {

    private PaperTablesReport() {}

    public static void main(String[] args) {
        PuRbfOptions best = PuRbfOptions.accurate();
        PuRbfOptions robust = PuRbfOptions.defaults();
        System.out.println("| domain | n | paper MAE | paper RMSE | paper s | paper-setting MAE | RMSE | s "
                + "| accurate MAE | RMSE | s | default MAE | RMSE | s |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (PaperCases.Row row : PaperCases.tables()) {
            if (args.length > 0 && !row.domain().startsWith(args[0])) {
                continue;
            }
            long t0 = System.nanoTime();
            PaperCases.Errors p = PaperCases.run(row.domain(), row.n(), PuRbfOptions.paper());
            long t1 = System.nanoTime();
            PaperCases.Errors b = PaperCases.run(row.domain(), row.n(), best);
            long t2 = System.nanoTime();
            PaperCases.Errors r = PaperCases.run(row.domain(), row.n(), robust);
            long t3 = System.nanoTime();
            System.out.printf(
                    "| %s | %d | %.2e | %.2e | %.1f | %.2e | %.2e | %.2f | %.2e | %.2e | %.2f | %.2e | %.2e | %.2f |%n",
                    row.domain(),
                    row.n(),
                    row.mae(),
                    row.rmse(),
                    row.seconds(),
                    p.mae(),
                    p.rmse(),
                    (t1 - t0) / 1e9,
                    b.mae(),
                    b.rmse(),
                    (t2 - t1) / 1e9,
                    r.mae(),
                    r.rmse(),
                    (t3 - t2) / 1e9);
        }
    }
}
