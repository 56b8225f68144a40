package vn.sen.shared.security;

/** Implemented by authentication principals that can tell business code who is acting. */
public interface ActorSource {

    Actor actor();
}
