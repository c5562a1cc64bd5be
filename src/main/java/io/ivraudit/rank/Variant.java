package io.ivraudit.rank;

import io.ivraudit.model.Tree;

/**
 * A design to rank: the base tree, a variant file, or a suggested redesign.
 *
 * @param name    a short name ({@code base}, the variant file's name, or the suggestion's)
 * @param changes what it changes, in one line a CX designer understands
 */
public record Variant(String name, String changes, Tree tree) {
}
