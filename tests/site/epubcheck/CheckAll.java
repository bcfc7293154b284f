// Checks every EPUB named on the command line with EPUBCheck's Java API in one JVM (the epubcheck command
// checks one file per JVM start, seconds each). Prints one line per message: FILE<TAB>SEVERITY<TAB>ID<TAB>text.
// Run as a single-file source program: java -cp /usr/share/java/epubcheck.jar CheckAll.java a.epub b.epub …
import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.Report;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.io.File;

public class CheckAll {
  public static void main(String[] args) {
    int problems = 0;
    for (String path : args) {
      final String name = path;
      final int[] count = {0};
      Report report = new DefaultReportImpl(name) {
        @Override
        public void message(Message message, EPUBLocation location, Object... arguments) {
          Severity severity = message.getSeverity();
          if (severity == Severity.ERROR || severity == Severity.FATAL || severity == Severity.WARNING) {
            count[0]++;
            System.out.println(name + "\t" + severity + "\t" + message.getID() + "\t" + location.getPath() + ":"
                + location.getLine() + " " + message.getMessage(arguments).replace('\n', ' '));
          }
        }
      };
      new EpubCheck(new File(path), report).validate();
      problems += count[0];
      System.out.println(name + "\tCHECKED\t" + count[0]);
    }
    System.exit(problems == 0 ? 0 : 1);
  }
}
