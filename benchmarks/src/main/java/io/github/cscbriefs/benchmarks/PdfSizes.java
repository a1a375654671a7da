package io.github.cscbriefs.benchmarks;

import io.github.cscbriefs.data.OfficialData;
import io.github.cscbriefs.model.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * PDF size and page count per brief, the project's and Jasper's, for the benchmarked councils;
 * with a folder argument, also writes the PDFs there to look at.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.github.cscbriefs.benchmarks.PdfSizes [DIR]}
 */
public final class PdfSizes {

  private PdfSizes() {}

  public static void main(String[] args) throws IOException {
    Dataset dataset = OfficialData.load();
    JasperBrief jasper = JasperBrief.compile(JasperBrief.Output.PDF_A_1A);
    JasperBrief compressed = JasperBrief.compile(JasperBrief.Output.COMPRESSED);
    Path folder = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : null;
    System.out.println("council,renderer,bytes,pages");
    for (String name : new String[] {"North East Lincolnshire", "Sefton"}) {
      BriefFixture fixture = BriefFixture.of(dataset, name);
      byte[] ours = fixture.renderer().render(fixture.profile(), fixture.options());
      print(name, "ours", ours, folder);
      print(name, "jasper", jasper.render(fixture.compose()), folder);
      print(name, "jasper-compressed", compressed.render(fixture.compose()), folder);
    }
  }

  static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  private static void print(String council, String renderer, byte[] pdf, Path folder)
      throws IOException {
    System.out.println("\"" + council + "\"," + renderer + "," + pdf.length + "," + pages(pdf));
    if (folder != null) {
      Files.write(folder.resolve(council.replace(' ', '-') + "-" + renderer + ".pdf"), pdf);
    }
  }
}
