package io.github.cscbriefs.reporting.internal;

import io.github.cscbriefs.reporting.layout.StructNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Owns the PDF's logical structure: hands out marked-content ids page by page while painting,
 * records annotations that belong to Link elements, then writes the structure tree (elements,
 * their attributes, marked-content and object references) and the parent tree that maps every
 * marked-content id and annotation back to its element.
 */
final class StructureTree {

  private final StructNode root;
  private final List<PDPage> pages;
  private final List<List<StructNode>> mcidOwners = new ArrayList<>();
  private final Map<StructNode, List<Object>> contents = new IdentityHashMap<>();
  private final Map<Integer, StructNode> annotationOwners = new TreeMap<>();

  private record ContentRef(int page, int mcid) {}

  private record AnnotationRef(int page, PDAnnotation annotation) {}

  StructureTree(StructNode root, List<PDPage> pages) {
    this.root = root;
    this.pages = pages;
    for (int i = 0; i < pages.size(); i++) {
      mcidOwners.add(new ArrayList<>());
      // Page i's marked content is found under parent-tree key i; tab order follows structure.
      pages.get(i).setStructParents(i);
      pages.get(i).getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
    }
  }

  /** The next marked-content id on the page, now owned by {@code node}. */
  int mark(StructNode node, int page) {
    List<StructNode> owners = mcidOwners.get(page);
    int mcid = owners.size();
    owners.add(node);
    contents.computeIfAbsent(node, n -> new ArrayList<>()).add(new ContentRef(page, mcid));
    return mcid;
  }

  /** Makes the annotation a child of {@code node} (an OBJR) with its own parent-tree key. */
  void attach(StructNode node, int page, PDAnnotation annotation) {
    int key = pages.size() + annotationOwners.size();
    annotation.setStructParent(key);
    annotationOwners.put(key, node);
    contents.computeIfAbsent(node, n -> new ArrayList<>())
        .add(new AnnotationRef(page, annotation));
  }

  /** Writes the tree into the document's catalog. */
  void writeTo(PDDocument document) {
    PDStructureTreeRoot treeRoot = new PDStructureTreeRoot();
    document.getDocumentCatalog().setStructureTreeRoot(treeRoot);
    Map<StructNode, PDStructureElement> elements = new IdentityHashMap<>();
    element(root, treeRoot, elements);
    COSArray nums = new COSArray();
    for (int page = 0; page < pages.size(); page++) {
      COSArray owners = new COSArray();
      for (StructNode owner : mcidOwners.get(page)) {
        owners.add(elements.get(owner));
      }
      nums.add(COSInteger.get(page));
      nums.add(owners);
    }
    annotationOwners.forEach((key, owner) -> {
      nums.add(COSInteger.get(key));
      nums.add(elements.get(owner));
    });
    COSDictionary parentTree = new COSDictionary();
    parentTree.setItem(COSName.NUMS, nums);
    treeRoot.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
    treeRoot.setParentTreeNextKey(pages.size() + annotationOwners.size());
  }

  /**
   * Writes the node's element and its children. Marked content on the element's own page (its
   * /Pg, the page of its first content) is listed by its bare id; only content on a later page
   * needs a marked-content reference naming that page. References and attributes are written inside
   * the element, not as objects of their own: nothing else points at them, and half a brief's
   * objects were these.
   */
  private void element(StructNode node, PDStructureNode parent,
      Map<StructNode, PDStructureElement> elements) {
    Element element = new Element(node.type(), parent);
    appendTo(parent, element);
    elements.put(node, element);
    node.altText().ifPresent(element::setAlternateDescription);
    node.scope().ifPresent(scope -> {
      PDTableAttributeObject table = new PDTableAttributeObject();
      table.setScope(scope);
      table.getCOSObject().setDirect(true);
      element.addAttribute(table);
    });
    node.bbox().ifPresent(box -> {
      PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
      layout.setBBox(new PDRectangle(box[0], box[1], box[2] - box[0], box[3] - box[1]));
      layout.getCOSObject().setDirect(true);
      element.addAttribute(layout);
    });
    for (StructNode child : node.children()) {
      element(child, element, elements);
    }
    Optional<Integer> ownPage = firstPage(node);
    ownPage.ifPresent(page -> element.setPage(pages.get(page)));
    for (Object content : contents.getOrDefault(node, List.of())) {
      if (content instanceof ContentRef ref) {
        if (ownPage.get() == ref.page()) {
          element.appendMcid(ref.mcid());
        } else {
          PDMarkedContentReference mcr = new PDMarkedContentReference();
          mcr.setPage(pages.get(ref.page()));
          mcr.setMCID(ref.mcid());
          mcr.getCOSObject().setDirect(true);
          element.appendKid(mcr);
        }
      } else if (content instanceof AnnotationRef ref) {
        PDObjectReference objr = new PDObjectReference();
        objr.setReferencedObject(ref.annotation());
        objr.setPage(pages.get(ref.page()));
        element.appendKid(objr);
      }
    }
  }

  /** A structure element that can list marked content by its bare id. */
  private static final class Element extends PDStructureElement {
    Element(String type, PDStructureNode parent) {
      super(type, parent);
    }

    void appendMcid(int mcid) {
      appendKid(COSInteger.get(mcid));
    }
  }

  private Optional<Integer> firstPage(StructNode node) {
    return contents.getOrDefault(node, List.of()).stream()
        .map(c -> c instanceof ContentRef ref ? ref.page() : ((AnnotationRef) c).page())
        .findFirst();
  }

  private static void appendTo(PDStructureNode parent, PDStructureElement element) {
    if (parent instanceof PDStructureTreeRoot treeRoot) {
      treeRoot.appendKid(element);
    } else {
      ((PDStructureElement) parent).appendKid(element);
    }
  }
}
