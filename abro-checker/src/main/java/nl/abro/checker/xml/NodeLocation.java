package nl.abro.checker.xml;

import java.util.ArrayDeque;
import java.util.Deque;
import net.sf.saxon.om.AxisInfo;
import net.sf.saxon.om.NameOfNode;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.pattern.NameTest;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.tree.iter.AxisIterator;
import net.sf.saxon.type.Type;

/**
 * Where a node stands in its XML file: line and column of its element (an attribute reports its
 * element's), and a readable XPath without namespace prefixes, e.g.
 * {@code /declaration/cyber/accounts/@lockoutThreshold}. Positions ({@code [2]}) appear only where
 * an element has same-named siblings. In the view of a paged document (document-view.md) it also
 * knows the page: that of the nearest {@code d:page} ancestor, or the node's own {@code page}
 * attribute (a fact), else -1.
 */
public record NodeLocation(int line, int column, String xpath, int page) {
    private static final String DOCUMENT_VIEW_NS = "urn:nl:abro:document:1";
    private static final net.sf.saxon.s9api.QName NUMBER = new net.sf.saxon.s9api.QName("number");
    private static final net.sf.saxon.s9api.QName PAGE = new net.sf.saxon.s9api.QName("page");

    public NodeLocation(int line, int column, String xpath) {
        this(line, column, xpath, -1);
    }

    public static NodeLocation of(XdmNode node) {
        XdmNode element = node.getNodeKind() == XdmNodeKind.ATTRIBUTE ? node.getParent() : node;
        int line = element == null ? -1 : element.getLineNumber();
        int column = element == null ? -1 : element.getColumnNumber();
        return new NodeLocation(line, column, path(node), page(element));
    }

    private static int page(XdmNode element) {
        for (XdmNode current = element; current != null && current.getNodeKind() == XdmNodeKind.ELEMENT; current = current.getParent()) {
            if (!DOCUMENT_VIEW_NS.equals(current.getNodeName().getNamespace())) {
                return -1;
            }
            String number = current.getNodeName().getLocalName().equals("page")
                    ? current.getAttributeValue(NUMBER) : current.getAttributeValue(PAGE);
            if (number != null && number.matches("[0-9]{1,6}")) {
                return Integer.parseInt(number);
            }
        }
        return -1;
    }

    private static String path(XdmNode node) {
        Deque<String> steps = new ArrayDeque<>();
        for (XdmNode current = node; current != null && current.getNodeKind() != XdmNodeKind.DOCUMENT; current = current.getParent()) {
            switch (current.getNodeKind()) {
                case ATTRIBUTE -> steps.push("@" + current.getNodeName().getLocalName());
                case ELEMENT -> steps.push(current.getNodeName().getLocalName() + position(current));
                case TEXT -> steps.push("text()");
                default -> steps.push("node()");
            }
        }
        return "/" + String.join("/", steps);
    }

    /**
     * The element's position among its same-named siblings, if it has any. On the tree itself, not
     * through s9api's wrappers: a finding per statement of a declaration counted the siblings of
     * hundreds of statements through a new wrapper and name for each, 85% of checking an unfilled
     * declaration.
     */
    private static String position(XdmNode element) {
        NodeInfo node = element.getUnderlyingNode();
        if (node.getParent() == null) {
            return "";
        }
        NameTest sameName = new NameTest(Type.ELEMENT, NameOfNode.makeName(node), node.getConfiguration().getNamePool());
        int index = 1;
        for (AxisIterator before = node.iterateAxis(AxisInfo.PRECEDING_SIBLING, sameName); before.next() != null; ) {
            index++;
        }
        boolean alone = index == 1 && node.iterateAxis(AxisInfo.FOLLOWING_SIBLING, sameName).next() == null;
        return alone ? "" : "[" + index + "]";
    }
}
