package org.geointerp.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Brings every piece its points: each point goes, in blocks, to every piece whose halo box holds it; the pieces go
 * to the partitions the plan packed them on, sorted by piece, so a task meets its pieces one after another. Every
 * piece gets one empty block too, so a piece no point reaches still comes out (as nodata).
 */
final class PieceShuffle {

    private PieceShuffle() {}

    /** The blocks of every piece, partitioned and sorted as planned. */
    static JavaPairRDD<Integer, PointBlock> blocks(JavaRDD<PointChunk> chunks, TilePlan plan) {
        JavaPairRDD<Integer, PointBlock> points = chunks.mapPartitionsToPair(c -> TileTask.blocks(plan, c), false);
        List<Tuple2<Integer, PointBlock>> markers = new ArrayList<>();
        for (Piece p : plan.pieces()) {
            markers.add(new Tuple2<>(p.index(), new PointBlock().trimmed()));
        }
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(chunks.context());
        JavaPairRDD<Integer, PointBlock> all =
                points.union(sc.parallelizePairs(markers, Math.max(1, Math.min(plan.partitions(), markers.size()))));
        return all.repartitionAndSortWithinPartitions(new PiecePartitioner(plan));
    }

    /** Sends each piece to the partition the plan chose for it. */
    static final class PiecePartitioner extends Partitioner {
        private static final long serialVersionUID = 1L;

        private final int[] partitionOf;
        private final int partitions;

        PiecePartitioner(TilePlan plan) {
            partitionOf = new int[plan.pieces().length];
            for (Piece p : plan.pieces()) {
                partitionOf[p.index()] = p.partition();
            }
            partitions = plan.partitions();
        }

        @Override
        public int numPartitions() {
            return partitions;
        }

        @Override
        public int getPartition(Object key) {
            return partitionOf[(Integer) key];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PiecePartitioner p
                    && p.partitions == partitions
                    && java.util.Arrays.equals(p.partitionOf, partitionOf);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(partitionOf) * 31 + partitions;
        }
    }
}
