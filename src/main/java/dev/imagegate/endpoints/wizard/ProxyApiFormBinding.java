package dev.imagegate.endpoints.wizard;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.function.Consumer;
import java.util.function.Function;

import dev.imagegate.proxyapi.InvalidSpecException;
import dev.imagegate.proxyapi.ProxyApiSpec;
import dev.imagegate.proxyapi.RoleMode;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;

/**
 * How the API form binds and is validated. Text that is not of a field's type is a type
 * mismatch (its message is in messages.properties) that keeps what was typed;
 * {@code @Valid} then applies the spec's own rules, each as an error of the form field it
 * concerns.
 */
final class ProxyApiFormBinding {

	private ProxyApiFormBinding() {
	}

	/**
	 * {@code validate} throws {@link InvalidSpecException} for a spec that breaks a rule.
	 */
	static void configure(WebDataBinder binder, Consumer<ProxyApiSpec> validate) {
		// Plain decimal notation only: Java's parsers would also take NaN, Infinity, 1e3,
		// 0x1p3 and 2d.
		binder.registerCustomEditor(Double.class, "rateLimit", new TextEditor<>("[0-9]{1,9}(\\.[0-9]{1,9})?",
				Double::valueOf, (rate) -> BigDecimal.valueOf(rate).stripTrailingZeros().toPlainString()));
		// A fraction is refused, not cut to its whole part.
		binder.registerCustomEditor(Integer.class, "burstLimit",
				new TextEditor<>("[0-9]{1,9}", Integer::valueOf, String::valueOf));
		binder.registerCustomEditor(RoleMode.class, "roleMode", new TextEditor<>(".+", RoleMode::of, RoleMode::value));
		binder.addValidators(new SpecRules(validate));
	}

	/**
	 * One value as the form's text: blank is no value, text not matching the pattern is
	 * refused.
	 */
	private static final class TextEditor<T> extends PropertyEditorSupport {

		private final String pattern;

		private final Function<String, T> parse;

		private final Function<T, String> format;

		TextEditor(String pattern, Function<String, T> parse, Function<T, String> format) {
			this.pattern = pattern;
			this.parse = parse;
			this.format = format;
		}

		@Override
		public void setAsText(String text) {
			if (text == null || text.isBlank()) {
				setValue(null);
				return;
			}
			if (!text.trim().matches(pattern)) {
				throw new IllegalArgumentException("'" + text + "' does not match " + pattern);
			}
			setValue(parse.apply(text.trim()));
		}

		@Override
		@SuppressWarnings("unchecked")
		public String getAsText() {
			return (getValue() == null) ? "" : format.apply((T) getValue());
		}

	}

	/**
	 * The spec's rules as the form's field errors. A field that did not even bind keeps
	 * that one error: its rule would only say again that it is missing.
	 */
	private record SpecRules(Consumer<ProxyApiSpec> validate) implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return ProxyApiForm.class.isAssignableFrom(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			try {
				validate.accept(((ProxyApiForm) target).toSpec());
			}
			catch (InvalidSpecException ex) {
				ex.fieldErrors().forEach((field, message) -> {
					String formField = formField(field);
					if (!errors.hasFieldErrors(formField)) {
						errors.rejectValue(formField, "invalid", message);
					}
				});
			}
		}

		/**
		 * The throttle's fields are flat in the form; a missing throttle value is the
		 * rate's.
		 */
		private static String formField(String specField) {
			if (specField.equals("throttle")) {
				return "rateLimit";
			}
			return specField.startsWith("throttle.") ? specField.substring("throttle.".length()) : specField;
		}

	}

}
