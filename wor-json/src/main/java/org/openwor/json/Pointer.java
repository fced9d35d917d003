package org.openwor.json;

/**
 * A JSON Pointer (RFC 6901) into a document being read, built up as the reader descends: {@code ""}
 * is the document itself, {@code /events/2/date} the date of its third event.
 *
 * <p>Nodes are shared between siblings and the text is only built when an error needs it. This class
 * is immutable and thread-safe.
 */
final class Pointer {

    /** The document itself. */
    static final Pointer ROOT = new Pointer(null, null);

    private final Pointer parent;
    private final String segment;

    private Pointer(Pointer parent, String segment) {
        this.parent = parent;
        this.segment = segment;
    }

    /**
     * Returns the pointer to a property of the object at this pointer.
     *
     * @param name the property name, not null
     * @return the child pointer
     */
    Pointer field(String name) {
        return new Pointer(this, name);
    }

    /**
     * Returns the pointer to an item of the array at this pointer.
     *
     * @param index the zero-based index
     * @return the child pointer
     */
    Pointer index(int index) {
        return new Pointer(this, Integer.toString(index));
    }

    /**
     * Returns the pointer to a nested field named the way wor-core names it: a dotted path such as
     * {@code client.contactDetails}, relative to this pointer. An empty path is this pointer.
     *
     * @param dotted the dotted path, not null
     * @return the pointer
     */
    Pointer dotted(String dotted) {
        Pointer result = this;
        if (!dotted.isEmpty()) {
            for (String name : dotted.split("\\.", -1)) {
                result = result.field(name);
            }
        }
        return result;
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        return parent + "/" + segment.replace("~", "~0").replace("/", "~1");
    }
}
