/*
 * The "options" input of the generic "Public service" block (services.blocks).
 *
 * StreamField renders blocks in the browser through telepath: this constructor receives, from
 * services.blocks.ServiceOptionsInputAdapter, a plain text input and, by service slug, the
 * Wagtail snippet chooser of each service that offers one. It shows the chooser of the service
 * selected in the same block's "service" select, or the text input for a service without one,
 * and changes with the select. Either way the form posts one input named like the block's
 * child, holding a string (the chosen object's primary key), as the CharBlock on the server
 * expects. What was entered for one service is kept while the editor tries another.
 */
(() => {
  'use strict';

  const TEXT = '';

  class BoundServiceOptions {
    constructor(definition, element, name, id, initialState, parentCapabilities, options) {
      this.definition = definition;
      this.element = element;
      this.name = name;
      this.id = id;
      this.idForLabel = id;
      this.parentCapabilities = parentCapabilities || new Map();
      this.options = options;
      this.kept = {};
      // The block's children are named "<block prefix>-<child name>".
      const prefix = name.slice(0, name.lastIndexOf('-'));
      this.select = document.getElementById(`${prefix}-${definition.serviceField}`);
      this.mode = this.modeFor(this.select ? this.select.value : '');
      this.show(initialState);
      if (this.select) {
        this.select.addEventListener('change', () => this.follow());
      }
    }

    modeFor(service) {
      return Object.prototype.hasOwnProperty.call(this.definition.choosers, service)
        ? service
        : TEXT;
    }

    follow() {
      const mode = this.modeFor(this.select.value);
      if (mode === this.mode) return;
      this.kept[this.mode] = this.inner.getState();
      this.mode = mode;
      this.show(Object.prototype.hasOwnProperty.call(this.kept, mode) ? this.kept[mode] : null);
    }

    show(state) {
      const placeholder = document.createElement('div');
      this.element.replaceChildren(placeholder);
      if (this.mode === TEXT) {
        this.inner = this.definition.textInput.render(
          placeholder,
          this.name,
          this.id,
          asText(state),
          this.parentCapabilities,
          this.options,
        );
      } else {
        this.inner = this.definition.choosers[this.mode].render(
          placeholder,
          this.name,
          this.id,
          asChosen(state),
        );
      }
    }

    getValue() {
      const value = this.inner.getValue();
      return value === null || value === undefined ? '' : String(value);
    }

    getState() {
      return this.inner.getState();
    }

    setState(state) {
      this.inner.setState(this.mode === TEXT ? asText(state) : asChosen(state));
    }

    setInvalid(invalid) {
      if (this.inner.setInvalid) this.inner.setInvalid(invalid);
    }

    getTextLabel(options) {
      return this.inner.getTextLabel ? this.inner.getTextLabel(options) : null;
    }

    focus(options) {
      this.inner.focus(options);
    }

    setCapabilityOptions(capability, options) {
      if (this.inner.setCapabilityOptions) this.inner.setCapabilityOptions(capability, options);
    }
  }

  // A chooser's state is {id, string, edit_url} or null; the text input's, a string.
  function asText(state) {
    if (state === null || state === undefined) return '';
    if (typeof state === 'object') return state.id === null || state.id === undefined ? '' : String(state.id);
    return String(state);
  }

  function asChosen(state) {
    if (state === null || state === undefined || state === '') return null;
    if (typeof state === 'object') return state;
    // A typed value the server could not find: shown as it is, and refused on saving.
    return { id: String(state), string: String(state), edit_url: '' };
  }

  class ServiceOptionsInput {
    constructor(textInput, choosers, serviceField) {
      this.textInput = textInput;
      this.choosers = choosers;
      this.serviceField = serviceField;
    }

    render(placeholder, name, id, initialState, parentCapabilities, options = {}) {
      const element = document.createElement('div');
      element.className = 'service-options';
      placeholder.replaceWith(element);
      return new BoundServiceOptions(
        this,
        element,
        name,
        id,
        initialState,
        parentCapabilities,
        options,
      );
    }
  }

  window.telepath.register('services.blocks.ServiceOptionsInput', ServiceOptionsInput);
})();
