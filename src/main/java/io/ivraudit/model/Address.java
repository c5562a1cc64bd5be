package io.ivraudit.model;

/**
 * A channel a caller can be sent to: a phone number, an email address, an SMS number, a web page.
 *
 * @param routesTo for phones, the id of the tree the number leads to, or {@code null}
 */
public record Address(String id, Channel channel, Replies replies, String routesTo,
                      SourcePosition at) {
    /**
     * Whether a caller sent here is stranded: nobody reads it, or it is a phone number that
     * leads back into {@code treeId} itself.
     */
    public boolean goesNowhere(String treeId) {
        return replies != Replies.MONITORED || treeId.equals(routesTo);
    }
}
