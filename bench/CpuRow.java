import dev.slippers.analysis.JourneyAnalyzer;
import dev.slippers.io.*;
import dev.slippers.synthetic.SyntheticJourneys;
import java.lang.management.*;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One row of {@code slippers bench} (parse = load + validate, then analyse) with the CPU time of the
 * working thread and of the whole process beside the wall time, which on a shared machine measures
 * the load more than the code. Usage, after a build:
 * {@code java -Xss16m -Xmx4g -cp cli/target/slippers.jar bench/CpuRow.java STAGES REPETITIONS}.
 */
public class CpuRow {
  static ThreadMXBean t = ManagementFactory.getThreadMXBean();
  static long proc() { return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime(); }
  static long gc() { long s=0; for (var g: ManagementFactory.getGarbageCollectorMXBeans()) s+=g.getCollectionTime(); return s; }
  static double med(double[] v) { double[] s=v.clone(); Arrays.sort(s); return s[s.length/2]; }
  public static void main(String[] a) {
    int n = Integer.parseInt(a[0]); int reps = Integer.parseInt(a[1]);
    for (int w=0; w<3; w++) { String y = JourneyWriter.write(SyntheticJourneys.generate(100, 1)); new JourneyAnalyzer().analyze(new JourneyLoader(Path.of("")).parse("s.yaml", y).journey().get()); }
    String yaml = JourneyWriter.write(SyntheticJourneys.generate(n, 1));
    double[] lt=new double[reps], at=new double[reps], pc=new double[reps], wall=new double[reps], g=new double[reps];
    System.gc();
    for (int r=0; r<reps; r++) {
      long w0=System.nanoTime(), c0=t.getCurrentThreadCpuTime(), p0=proc(), g0=gc();
      LoadResult lr = new JourneyLoader(Path.of("")).parse("s.yaml", yaml);
      long c1=t.getCurrentThreadCpuTime();
      new JourneyAnalyzer().analyze(lr.journey().get());
      long c2=t.getCurrentThreadCpuTime(), w2=System.nanoTime(), p2=proc(), g2=gc();
      lt[r]=(c1-c0)/1e6; at[r]=(c2-c1)/1e6; pc[r]=(p2-p0)/1e6; wall[r]=(w2-w0)/1e6; g[r]=g2-g0;
    }
    System.out.printf("%d stages (median of %d): thread cpu load+valid %.0f analyze %.0f total %.0f ms | process cpu %.0f ms | gc pauses %.0f ms | wall %.0f ms%n",
      n, reps, med(lt), med(at), med(lt)+med(at), med(pc), med(g), med(wall));
  }
}
