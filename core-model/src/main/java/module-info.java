/**
 * The validated, immutable domain of children's social care improvement.
 *
 * <p>The constraint annotations in {@code validation} are part of the API: they are documented on
 * every record component they check. Hibernate Validator reads the records reflectively (including
 * their private {@code @AssertTrue} checks), so the model package is opened to it alone.
 */
module io.github.cscbriefs.model {
  requires transitive jakarta.validation;
  // The Bean Validation provider every record's constructor uses; found at run time only.
  requires org.hibernate.validator;
  // Hibernate Validator is an automatic module and cannot name the explicit modules it needs at run
  // time (its expression language and type resolver); without these a module path lacks them.
  requires jakarta.el;
  requires com.fasterxml.classmate;
  // Hibernate Validator's start-up INFO line is lowered on java.util.logging (see ModelValidation).
  requires java.logging;

  exports io.github.cscbriefs.model;
  exports io.github.cscbriefs.model.problem;
  exports io.github.cscbriefs.model.validation;

  opens io.github.cscbriefs.model to org.hibernate.validator;
}
