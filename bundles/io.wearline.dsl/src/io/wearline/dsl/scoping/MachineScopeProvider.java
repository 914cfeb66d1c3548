package io.wearline.dsl.scoping;

/**
 * Scoping of the profile language. The grammar has no cross-references (effects, adjustments and overrides name
 * sensors and parameters by string id, checked by the validator so that every format shares the check), so the
 * generated default is all it needs; the class exists because the generated module binds it.
 */
public class MachineScopeProvider extends AbstractMachineScopeProvider {
}
