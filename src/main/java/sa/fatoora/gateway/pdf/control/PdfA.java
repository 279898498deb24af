package sa.fatoora.gateway.pdf.control;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes a PDF a PDF/A-3b here: XMP metadata declaring part 3, conformance B (with the invoice's number and
 * UUID in Dublin Core, which needs no extension schema), an sRGB output intent (the JDK's profile), and the XML as
 * an associated file of the document (catalog /AF, /AFRelationship /Source, MIME application/xml).
 */
final class PdfA {

    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA() {}

    static void outputIntent(PDDocument document) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
    }

    static void metadata(PDDocument document, String title, String description, String uuid, OffsetDateTime now)
            throws IOException {
        String date = now.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<pdfaid:part>3</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(title)
                + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escape(description)
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + (uuid == null ? "" : "<dc:identifier>urn:uuid:" + escape(uuid) + "</dc:identifier>\n")
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "<xmp:CreatorTool>Fatoora Gateway</xmp:CreatorTool>\n</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdf:Producer>Fatoora Gateway (Apache PDFBox)</pdf:Producer>\n</rdf:Description>\n"
                + "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        document.getDocumentCatalog().setMetadata(metadata);
    }

    static void attach(PDDocument document, byte[] xml, String fileName, String description, OffsetDateTime now)
            throws IOException {
        GregorianCalendar when =
                GregorianCalendar.from(now.truncatedTo(ChronoUnit.SECONDS).toZonedDateTime());
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(xml));
        file.setSubtype("application/xml");
        file.setSize(xml.length);
        file.setModDate(when);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(fileName);
        spec.setFileUnicode(fileName);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription(description);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Source");
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(fileName, spec));
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    /** The file name of the embedded XML: the invoice number, made safe for a file name. */
    static String fileName(String invoiceNumber) {
        String base = invoiceNumber == null ? "invoice" : invoiceNumber.replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.length() > 100) {
            base = base.isEmpty() ? "invoice" : base.substring(0, 100);
        }
        return base + ".xml";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
