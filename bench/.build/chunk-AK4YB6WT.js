import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  compareText
} from "./chunk-HLXJHIXV.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-KPOE4I3O.js";

// node_modules/hash-it/dist/cjs/index.cjs
var require_cjs = __commonJS({
  "node_modules/hash-it/dist/cjs/index.cjs"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function hash(string) {
      var index = string.length;
      var hashA = 5381;
      var hashB = 52711;
      var charCode;
      while (index--) {
        charCode = string.charCodeAt(index);
        hashA = hashA * 33 ^ charCode;
        hashB = hashB * 33 ^ charCode;
      }
      return (hashA >>> 0) * 4096 + (hashB >>> 0);
    }
    var SEPARATOR = "|";
    var XML_ELEMENT_REGEXP = /\[object ([HTML|SVG](.*)Element)\]/;
    var CLASSES = {
      "[object Arguments]": 0,
      "[object Array]": 1,
      "[object ArrayBuffer]": 2,
      "[object AsyncFunction]": 3,
      "[object AsyncGeneratorFunction]": 4,
      "[object BigInt]": 5,
      "[object BigInt64Array]": 6,
      "[object BigUint64Array]": 7,
      "[object Boolean]": 8,
      "[object DataView]": 9,
      "[object Date]": 10,
      "[object DocumentFragment]": 11,
      "[object Error]": 12,
      "[object Event]": 13,
      "[object Float32Array]": 14,
      "[object Float64Array]": 15,
      "[object Function]": 16,
      "[object Generator]": 17,
      "[object GeneratorFunction]": 18,
      "[object Int8Array]": 19,
      "[object Int16Array]": 20,
      "[object Map]": 21,
      "[object Number]": 22,
      "[object Object]": 23,
      "[object Promise]": 24,
      "[object RegExp]": 25,
      "[object Set]": 26,
      "[object SharedArrayBuffer]": 27,
      "[object String]": 28,
      "[object Uint8Array]": 29,
      "[object Uint8ClampedArray]": 30,
      "[object Uint16Array]": 31,
      "[object Uint32Array]": 32,
      "[object WeakMap]": 33,
      "[object WeakRef]": 34,
      "[object WeakSet]": 35,
      CUSTOM: 36,
      ELEMENT: 37
    };
    var ARRAY_LIKE_CLASSES = {
      "[object Arguments]": 1,
      "[object Array]": 2
    };
    var NON_ENUMERABLE_CLASSES = {
      "[object Generator]": 1,
      "[object Promise]": 2,
      "[object WeakMap]": 3,
      "[object WeakRef]": 4,
      "[object WeakSet]": 5
    };
    var PRIMITIVE_WRAPPER_CLASSES = {
      "[object AsyncFunction]": 1,
      "[object AsyncGeneratorFunction]": 2,
      "[object Boolean]": 3,
      "[object Function]": 4,
      "[object GeneratorFunction]": 5,
      "[object Number]": 6,
      "[object String]": 7
    };
    var TYPED_ARRAY_CLASSES = {
      "[object BigInt64Array]": 1,
      "[object BigUint64Array]": 2,
      "[object Float32Array]": 3,
      "[object Float64Array]": 4,
      "[object Int8Array]": 5,
      "[object Int16Array]": 6,
      "[object Uint8Array]": 7,
      "[object Uint8ClampedArray]": 8,
      "[object Uint16Array]": 9,
      "[object Uint32Array]": 10
    };
    var RECURSIVE_CLASSES = {
      "[object Arguments]": 1,
      "[object Array]": 2,
      "[object ArrayBuffer]": 3,
      "[object BigInt64Array]": 4,
      "[object BigUint64Array]": 5,
      "[object DataView]": 6,
      "[object Float32Array]": 7,
      "[object Float64Array]": 8,
      "[object Int8Array]": 9,
      "[object Int16Array]": 10,
      "[object Map]": 11,
      "[object Object]": 12,
      "[object Set]": 13,
      "[object SharedArrayBuffer]": 14,
      "[object Uint8Array]": 15,
      "[object Uint8ClampedArray]": 16,
      "[object Uint16Array]": 17,
      "[object Uint32Array]": 18,
      CUSTOM: 19
    };
    var HASHABLE_TYPES = {
      bigint: "i",
      boolean: "b",
      empty: "e",
      function: "g",
      number: "n",
      object: "o",
      string: "s",
      symbol: "s"
    };
    function sortByKey(first, second) {
      return first[0] > second[0];
    }
    function sortBySelf(first, second) {
      return first > second;
    }
    function sort(array, fn) {
      var subIndex;
      var value;
      for (var index = 0; index < array.length; ++index) {
        value = array[index];
        for (subIndex = index - 1; ~subIndex && fn(array[subIndex], value); --subIndex) {
          array[subIndex + 1] = array[subIndex];
        }
        array[subIndex + 1] = value;
      }
      return array;
    }
    function namespaceComplexValue(classType, value) {
      return HASHABLE_TYPES.object + SEPARATOR + CLASSES[classType] + SEPARATOR + value;
    }
    var NON_ENUMERABLE_CLASS_CACHE = /* @__PURE__ */ new WeakMap();
    var refId = 0;
    function getUnsupportedHash(value, classType) {
      var cached = NON_ENUMERABLE_CLASS_CACHE.get(value);
      if (cached) {
        return cached;
      }
      var toCache = namespaceComplexValue(classType, "NOT_ENUMERABLE" + SEPARATOR + refId++);
      NON_ENUMERABLE_CLASS_CACHE.set(value, toCache);
      return toCache;
    }
    var toString = Object.prototype.toString;
    function stringifyComplexType(value, classType, state) {
      if (RECURSIVE_CLASSES[classType]) {
        return stringifyRecursiveAsJson(classType, value, state);
      }
      if (classType === "[object Date]") {
        return namespaceComplexValue(classType, value.getTime());
      }
      if (classType === "[object RegExp]") {
        return namespaceComplexValue(classType, value.toString());
      }
      if (classType === "[object Event]") {
        return namespaceComplexValue(classType, [
          value.bubbles,
          value.cancelBubble,
          value.cancelable,
          value.composed,
          value.currentTarget,
          value.defaultPrevented,
          value.eventPhase,
          value.isTrusted,
          value.returnValue,
          value.target,
          value.type
        ].join());
      }
      if (classType === "[object Error]") {
        return namespaceComplexValue(classType, value.message + SEPARATOR + value.stack);
      }
      if (classType === "[object DocumentFragment]") {
        return namespaceComplexValue(classType, stringifyDocumentFragment(value));
      }
      var element = classType.match(XML_ELEMENT_REGEXP);
      if (element) {
        return namespaceComplexValue("ELEMENT", element[1] + SEPARATOR + value.outerHTML);
      }
      if (NON_ENUMERABLE_CLASSES[classType]) {
        return getUnsupportedHash(value, classType);
      }
      if (PRIMITIVE_WRAPPER_CLASSES[classType]) {
        return namespaceComplexValue(classType, value.toString());
      }
      return stringifyRecursiveAsJson("CUSTOM", value, state);
    }
    function stringifyRecursiveAsJson(classType, value, state) {
      var cached = state.cache.get(value);
      if (cached) {
        return namespaceComplexValue(classType, "RECURSIVE~" + cached);
      }
      state.cache.set(value, ++state.id);
      if (classType === "[object Object]") {
        return value[Symbol.iterator] ? getUnsupportedHash(value, classType) : namespaceComplexValue(classType, stringifyObject(value, state));
      }
      if (ARRAY_LIKE_CLASSES[classType]) {
        return namespaceComplexValue(classType, stringifyArray(value, state));
      }
      if (classType === "[object Map]") {
        return namespaceComplexValue(classType, stringifyMap(value, state));
      }
      if (classType === "[object Set]") {
        return namespaceComplexValue(classType, stringifySet(value, state));
      }
      if (TYPED_ARRAY_CLASSES[classType]) {
        return namespaceComplexValue(classType, value.join());
      }
      if (classType === "[object ArrayBuffer]") {
        return namespaceComplexValue(classType, stringifyArrayBuffer(value));
      }
      if (classType === "[object DataView]") {
        return namespaceComplexValue(classType, stringifyArrayBuffer(value.buffer));
      }
      if (NON_ENUMERABLE_CLASSES[classType]) {
        return getUnsupportedHash(value, classType);
      }
      return namespaceComplexValue("CUSTOM", stringifyObject(value, state));
    }
    function stringifyArray(value, state) {
      var index = value.length;
      var result = new Array(index);
      while (--index >= 0) {
        result[index] = stringify(value[index], state);
      }
      return result.join();
    }
    function stringifyArrayBufferModern(buffer) {
      return Buffer.from(buffer).toString("utf8");
    }
    function stringifyArrayBufferFallback(buffer) {
      return String.fromCharCode.apply(null, new Uint16Array(buffer));
    }
    function stringifyArrayBufferNone() {
      return "UNSUPPORTED";
    }
    function stringifyDocumentFragment(fragment) {
      var children = fragment.children;
      var index = children.length;
      var innerHTML = new Array(index);
      while (--index >= 0) {
        innerHTML[index] = children[index].outerHTML;
      }
      return innerHTML.join();
    }
    var stringifyArrayBuffer = typeof Buffer !== "undefined" && typeof Buffer.from === "function" ? stringifyArrayBufferModern : typeof Uint16Array === "function" ? stringifyArrayBufferFallback : stringifyArrayBufferNone;
    function stringifyMap(map, state) {
      var result = new Array(map.size);
      var index = 0;
      map.forEach(function(value, key) {
        result[index++] = [stringify(key, state), stringify(value, state)];
      });
      sort(result, sortByKey);
      while (--index >= 0) {
        result[index] = "[" + result[index][0] + "," + result[index][1] + "]";
      }
      return "[" + result.join() + "]";
    }
    function stringifyObject(value, state) {
      var properties = sort(Object.getOwnPropertyNames(value), sortBySelf);
      var length = properties.length;
      var result = new Array(length);
      var index = length;
      while (--index >= 0) {
        result[index] = properties[index] + ":" + stringify(value[properties[index]], state);
      }
      return "{" + result.join() + "}";
    }
    function stringifySet(set, state) {
      var result = new Array(set.size);
      var index = 0;
      set.forEach(function(value) {
        result[index++] = stringify(value, state);
      });
      return "[" + sort(result, sortBySelf).join() + "]";
    }
    function stringify(value, state) {
      var type = typeof value;
      if (value == null || type === "undefined") {
        return HASHABLE_TYPES.empty + value;
      }
      if (type === "object") {
        return stringifyComplexType(value, toString.call(value), state || { cache: /* @__PURE__ */ new WeakMap(), id: 1 });
      }
      if (type === "function" || type === "symbol") {
        return HASHABLE_TYPES[type] + value.toString();
      }
      if (type === "boolean") {
        return HASHABLE_TYPES.boolean + +value;
      }
      return HASHABLE_TYPES[type] + value;
    }
    function hashIt(value) {
      return hash(stringify(value, void 0));
    }
    exports.default = hashIt;
  }
});

// node_modules/json-rules-engine/dist/fact.js
var require_fact = __commonJS({
  "node_modules/json-rules-engine/dist/fact.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    var _createClass = /* @__PURE__ */ (function() {
      function defineProperties(target, props) {
        for (var i = 0; i < props.length; i++) {
          var descriptor = props[i];
          descriptor.enumerable = descriptor.enumerable || false;
          descriptor.configurable = true;
          if ("value" in descriptor) descriptor.writable = true;
          Object.defineProperty(target, descriptor.key, descriptor);
        }
      }
      return function(Constructor, protoProps, staticProps) {
        if (protoProps) defineProperties(Constructor.prototype, protoProps);
        if (staticProps) defineProperties(Constructor, staticProps);
        return Constructor;
      };
    })();
    var _hashIt = require_cjs();
    var _hashIt2 = _interopRequireDefault(_hashIt);
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    var Fact = (function() {
      function Fact2(id, valueOrMethod, options) {
        _classCallCheck(this, Fact2);
        this.id = id;
        var defaultOptions = { cache: true };
        if (typeof options === "undefined") {
          options = defaultOptions;
        }
        if (typeof valueOrMethod !== "function") {
          this.value = valueOrMethod;
          this.type = this.constructor.CONSTANT;
        } else {
          this.calculationMethod = valueOrMethod;
          this.type = this.constructor.DYNAMIC;
        }
        if (!this.id) throw new Error("factId required");
        this.priority = parseInt(options.priority || 1, 10);
        this.options = Object.assign({}, defaultOptions, options);
        this.cacheKeyMethod = this.defaultCacheKeys;
        return this;
      }
      _createClass(Fact2, [{
        key: "isConstant",
        value: function isConstant() {
          return this.type === this.constructor.CONSTANT;
        }
      }, {
        key: "isDynamic",
        value: function isDynamic() {
          return this.type === this.constructor.DYNAMIC;
        }
        /**
         * Return the fact value, based on provided parameters
         * @param  {object} params
         * @param  {Almanac} almanac
         * @return {any} calculation method results
         */
      }, {
        key: "calculate",
        value: function calculate(params, almanac) {
          if (Object.prototype.hasOwnProperty.call(this, "value")) {
            return this.value;
          }
          return this.calculationMethod(params, almanac);
        }
        /**
         * Return a cache key (MD5 string) based on parameters
         * @param  {object} obj - properties to generate a hash key from
         * @return {string} MD5 string based on the hash'd object
         */
      }, {
        key: "defaultCacheKeys",
        /**
         * Default properties to use when caching a fact
         * Assumes every fact is a pure function, whose computed value will only
         * change when input params are modified
         * @param  {string} id - fact unique identifer
         * @param  {object} params - parameters passed to fact calcution method
         * @return {object} id + params
         */
        value: function defaultCacheKeys(id, params) {
          return { params, id };
        }
        /**
         * Generates the fact's cache key(MD5 string)
         * Returns nothing if the fact's caching has been disabled
         * @param  {object} params - parameters that would be passed to the computation method
         * @return {string} cache key
         */
      }, {
        key: "getCacheKey",
        value: function getCacheKey(params) {
          if (this.options.cache === true) {
            var cacheProperties = this.cacheKeyMethod(this.id, params);
            var _hash = Fact2.hashFromObject(cacheProperties);
            return _hash;
          }
        }
      }], [{
        key: "hashFromObject",
        value: function hashFromObject(obj) {
          return (0, _hashIt2.default)(obj);
        }
      }]);
      return Fact2;
    })();
    Fact.CONSTANT = "CONSTANT";
    Fact.DYNAMIC = "DYNAMIC";
    exports.default = Fact;
  }
});

// node_modules/json-rules-engine/dist/debug.js
var require_debug = __commonJS({
  "node_modules/json-rules-engine/dist/debug.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    function createDebug() {
      try {
        if (typeof process !== "undefined" && process.env && process.env.DEBUG && process.env.DEBUG.match(/json-rules-engine/) || typeof window !== "undefined" && window.localStorage && window.localStorage.debug && window.localStorage.debug.match(/json-rules-engine/)) {
          return console.debug.bind(console);
        }
      } catch (ex) {
      }
      return function() {
      };
    }
    exports.default = createDebug();
  }
});

// node_modules/json-rules-engine/dist/condition.js
var require_condition = __commonJS({
  "node_modules/json-rules-engine/dist/condition.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    var _slicedToArray = /* @__PURE__ */ (function() {
      function sliceIterator(arr, i) {
        var _arr = [];
        var _n = true;
        var _d = false;
        var _e = void 0;
        try {
          for (var _i = arr[Symbol.iterator](), _s; !(_n = (_s = _i.next()).done); _n = true) {
            _arr.push(_s.value);
            if (i && _arr.length === i) break;
          }
        } catch (err) {
          _d = true;
          _e = err;
        } finally {
          try {
            if (!_n && _i["return"]) _i["return"]();
          } finally {
            if (_d) throw _e;
          }
        }
        return _arr;
      }
      return function(arr, i) {
        if (Array.isArray(arr)) {
          return arr;
        } else if (Symbol.iterator in Object(arr)) {
          return sliceIterator(arr, i);
        } else {
          throw new TypeError("Invalid attempt to destructure non-iterable instance");
        }
      };
    })();
    var _createClass = /* @__PURE__ */ (function() {
      function defineProperties(target, props) {
        for (var i = 0; i < props.length; i++) {
          var descriptor = props[i];
          descriptor.enumerable = descriptor.enumerable || false;
          descriptor.configurable = true;
          if ("value" in descriptor) descriptor.writable = true;
          Object.defineProperty(target, descriptor.key, descriptor);
        }
      }
      return function(Constructor, protoProps, staticProps) {
        if (protoProps) defineProperties(Constructor.prototype, protoProps);
        if (staticProps) defineProperties(Constructor, staticProps);
        return Constructor;
      };
    })();
    var _debug = require_debug();
    var _debug2 = _interopRequireDefault(_debug);
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    var Condition = (function() {
      function Condition2(properties) {
        _classCallCheck(this, Condition2);
        if (!properties) throw new Error("Condition: constructor options required");
        var booleanOperator = Condition2.booleanOperator(properties);
        Object.assign(this, properties);
        if (booleanOperator) {
          var subConditions = properties[booleanOperator];
          var subConditionsIsArray = Array.isArray(subConditions);
          if (booleanOperator !== "not" && !subConditionsIsArray) {
            throw new Error('"' + booleanOperator + '" must be an array');
          }
          if (booleanOperator === "not" && subConditionsIsArray) {
            throw new Error('"' + booleanOperator + '" cannot be an array');
          }
          this.operator = booleanOperator;
          this.priority = parseInt(properties.priority, 10) || 1;
          if (subConditionsIsArray) {
            this[booleanOperator] = subConditions.map(function(c) {
              return new Condition2(c);
            });
          } else {
            this[booleanOperator] = new Condition2(subConditions);
          }
        } else if (!Object.prototype.hasOwnProperty.call(properties, "condition")) {
          if (!Object.prototype.hasOwnProperty.call(properties, "fact")) {
            throw new Error('Condition: constructor "fact" property required');
          }
          if (!Object.prototype.hasOwnProperty.call(properties, "operator")) {
            throw new Error('Condition: constructor "operator" property required');
          }
          if (!Object.prototype.hasOwnProperty.call(properties, "value")) {
            throw new Error('Condition: constructor "value" property required');
          }
          if (Object.prototype.hasOwnProperty.call(properties, "priority")) {
            properties.priority = parseInt(properties.priority, 10);
          }
        }
      }
      _createClass(Condition2, [{
        key: "toJSON",
        value: function toJSON() {
          var stringify = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : true;
          var props = {};
          if (this.priority) {
            props.priority = this.priority;
          }
          if (this.name) {
            props.name = this.name;
          }
          var oper = Condition2.booleanOperator(this);
          if (oper) {
            if (Array.isArray(this[oper])) {
              props[oper] = this[oper].map(function(c) {
                return c.toJSON(false);
              });
            } else {
              props[oper] = this[oper].toJSON(false);
            }
          } else if (this.isConditionReference()) {
            props.condition = this.condition;
          } else {
            props.operator = this.operator;
            props.value = this.value;
            props.fact = this.fact;
            if (this.factResult !== void 0) {
              props.factResult = this.factResult;
            }
            if (this.valueResult !== void 0) {
              props.valueResult = this.valueResult;
            }
            if (this.result !== void 0) {
              props.result = this.result;
            }
            if (this.params) {
              props.params = this.params;
            }
            if (this.path) {
              props.path = this.path;
            }
          }
          if (stringify) {
            return JSON.stringify(props);
          }
          return props;
        }
        /**
         * Takes the fact result and compares it to the condition 'value', using the operator
         *   LHS                      OPER       RHS
         * <fact + params + path>  <operator>  <value>
         *
         * @param   {Almanac} almanac
         * @param   {Map} operatorMap - map of available operators, keyed by operator name
         * @returns {Boolean} - evaluation result
         */
      }, {
        key: "evaluate",
        value: function evaluate(almanac, operatorMap) {
          var _this = this;
          if (!almanac) return Promise.reject(new Error("almanac required"));
          if (!operatorMap) return Promise.reject(new Error("operatorMap required"));
          if (this.isBooleanOperator()) {
            return Promise.reject(new Error("Cannot evaluate() a boolean condition"));
          }
          var op = operatorMap.get(this.operator);
          if (!op) {
            return Promise.reject(new Error("Unknown operator: " + this.operator));
          }
          return Promise.all([almanac.getValue(this.value), almanac.factValue(this.fact, this.params, this.path)]).then(function(_ref) {
            var _ref2 = _slicedToArray(_ref, 2), rightHandSideValue = _ref2[0], leftHandSideValue = _ref2[1];
            var result = op.evaluate(leftHandSideValue, rightHandSideValue);
            (0, _debug2.default)("condition::evaluate", {
              leftHandSideValue,
              operator: _this.operator,
              rightHandSideValue,
              result
            });
            return {
              result,
              leftHandSideValue,
              rightHandSideValue,
              operator: _this.operator
            };
          });
        }
        /**
         * Returns the boolean operator for the condition
         * If the condition is not a boolean condition, the result will be 'undefined'
         * @return {string 'all', 'any', or 'not'}
         */
      }, {
        key: "booleanOperator",
        /**
         * Returns the condition's boolean operator
         * Instance version of Condition.isBooleanOperator
         * @returns {string,undefined} - 'any', 'all', 'not' or undefined (if not a boolean condition)
         */
        value: function booleanOperator() {
          return Condition2.booleanOperator(this);
        }
        /**
         * Whether the operator is boolean ('all', 'any', 'not')
         * @returns {Boolean}
         */
      }, {
        key: "isBooleanOperator",
        value: function isBooleanOperator() {
          return Condition2.booleanOperator(this) !== void 0;
        }
        /**
         * Whether the condition represents a reference to a condition
         * @returns {Boolean}
         */
      }, {
        key: "isConditionReference",
        value: function isConditionReference() {
          return Object.prototype.hasOwnProperty.call(this, "condition");
        }
      }], [{
        key: "booleanOperator",
        value: function booleanOperator(condition) {
          if (Object.prototype.hasOwnProperty.call(condition, "any")) {
            return "any";
          } else if (Object.prototype.hasOwnProperty.call(condition, "all")) {
            return "all";
          } else if (Object.prototype.hasOwnProperty.call(condition, "not")) {
            return "not";
          }
        }
      }]);
      return Condition2;
    })();
    exports.default = Condition;
  }
});

// node_modules/clone/clone.js
var require_clone = __commonJS({
  "node_modules/clone/clone.js"(exports, module) {
    var clone = (function() {
      "use strict";
      function _instanceof(obj, type) {
        return type != null && obj instanceof type;
      }
      var nativeMap;
      try {
        nativeMap = Map;
      } catch (_) {
        nativeMap = function() {
        };
      }
      var nativeSet;
      try {
        nativeSet = Set;
      } catch (_) {
        nativeSet = function() {
        };
      }
      var nativePromise;
      try {
        nativePromise = Promise;
      } catch (_) {
        nativePromise = function() {
        };
      }
      function clone2(parent, circular, depth, prototype, includeNonEnumerable) {
        if (typeof circular === "object") {
          depth = circular.depth;
          prototype = circular.prototype;
          includeNonEnumerable = circular.includeNonEnumerable;
          circular = circular.circular;
        }
        var allParents = [];
        var allChildren = [];
        var useBuffer = typeof Buffer != "undefined";
        if (typeof circular == "undefined")
          circular = true;
        if (typeof depth == "undefined")
          depth = Infinity;
        function _clone(parent2, depth2) {
          if (parent2 === null)
            return null;
          if (depth2 === 0)
            return parent2;
          var child;
          var proto;
          if (typeof parent2 != "object") {
            return parent2;
          }
          if (_instanceof(parent2, nativeMap)) {
            child = new nativeMap();
          } else if (_instanceof(parent2, nativeSet)) {
            child = new nativeSet();
          } else if (_instanceof(parent2, nativePromise)) {
            child = new nativePromise(function(resolve, reject) {
              parent2.then(function(value) {
                resolve(_clone(value, depth2 - 1));
              }, function(err) {
                reject(_clone(err, depth2 - 1));
              });
            });
          } else if (clone2.__isArray(parent2)) {
            child = [];
          } else if (clone2.__isRegExp(parent2)) {
            child = new RegExp(parent2.source, __getRegExpFlags(parent2));
            if (parent2.lastIndex) child.lastIndex = parent2.lastIndex;
          } else if (clone2.__isDate(parent2)) {
            child = new Date(parent2.getTime());
          } else if (useBuffer && Buffer.isBuffer(parent2)) {
            if (Buffer.allocUnsafe) {
              child = Buffer.allocUnsafe(parent2.length);
            } else {
              child = new Buffer(parent2.length);
            }
            parent2.copy(child);
            return child;
          } else if (_instanceof(parent2, Error)) {
            child = Object.create(parent2);
          } else {
            if (typeof prototype == "undefined") {
              proto = Object.getPrototypeOf(parent2);
              child = Object.create(proto);
            } else {
              child = Object.create(prototype);
              proto = prototype;
            }
          }
          if (circular) {
            var index = allParents.indexOf(parent2);
            if (index != -1) {
              return allChildren[index];
            }
            allParents.push(parent2);
            allChildren.push(child);
          }
          if (_instanceof(parent2, nativeMap)) {
            parent2.forEach(function(value, key) {
              var keyChild = _clone(key, depth2 - 1);
              var valueChild = _clone(value, depth2 - 1);
              child.set(keyChild, valueChild);
            });
          }
          if (_instanceof(parent2, nativeSet)) {
            parent2.forEach(function(value) {
              var entryChild = _clone(value, depth2 - 1);
              child.add(entryChild);
            });
          }
          for (var i in parent2) {
            var attrs;
            if (proto) {
              attrs = Object.getOwnPropertyDescriptor(proto, i);
            }
            if (attrs && attrs.set == null) {
              continue;
            }
            child[i] = _clone(parent2[i], depth2 - 1);
          }
          if (Object.getOwnPropertySymbols) {
            var symbols = Object.getOwnPropertySymbols(parent2);
            for (var i = 0; i < symbols.length; i++) {
              var symbol = symbols[i];
              var descriptor = Object.getOwnPropertyDescriptor(parent2, symbol);
              if (descriptor && !descriptor.enumerable && !includeNonEnumerable) {
                continue;
              }
              child[symbol] = _clone(parent2[symbol], depth2 - 1);
              if (!descriptor.enumerable) {
                Object.defineProperty(child, symbol, {
                  enumerable: false
                });
              }
            }
          }
          if (includeNonEnumerable) {
            var allPropertyNames = Object.getOwnPropertyNames(parent2);
            for (var i = 0; i < allPropertyNames.length; i++) {
              var propertyName = allPropertyNames[i];
              var descriptor = Object.getOwnPropertyDescriptor(parent2, propertyName);
              if (descriptor && descriptor.enumerable) {
                continue;
              }
              child[propertyName] = _clone(parent2[propertyName], depth2 - 1);
              Object.defineProperty(child, propertyName, {
                enumerable: false
              });
            }
          }
          return child;
        }
        return _clone(parent, depth);
      }
      clone2.clonePrototype = function clonePrototype(parent) {
        if (parent === null)
          return null;
        var c = function() {
        };
        c.prototype = parent;
        return new c();
      };
      function __objToStr(o) {
        return Object.prototype.toString.call(o);
      }
      clone2.__objToStr = __objToStr;
      function __isDate(o) {
        return typeof o === "object" && __objToStr(o) === "[object Date]";
      }
      clone2.__isDate = __isDate;
      function __isArray(o) {
        return typeof o === "object" && __objToStr(o) === "[object Array]";
      }
      clone2.__isArray = __isArray;
      function __isRegExp(o) {
        return typeof o === "object" && __objToStr(o) === "[object RegExp]";
      }
      clone2.__isRegExp = __isRegExp;
      function __getRegExpFlags(re) {
        var flags = "";
        if (re.global) flags += "g";
        if (re.ignoreCase) flags += "i";
        if (re.multiline) flags += "m";
        return flags;
      }
      clone2.__getRegExpFlags = __getRegExpFlags;
      return clone2;
    })();
    if (typeof module === "object" && module.exports) {
      module.exports = clone;
    }
  }
});

// node_modules/json-rules-engine/dist/rule-result.js
var require_rule_result = __commonJS({
  "node_modules/json-rules-engine/dist/rule-result.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    var _typeof = typeof Symbol === "function" && typeof Symbol.iterator === "symbol" ? function(obj) {
      return typeof obj;
    } : function(obj) {
      return obj && typeof Symbol === "function" && obj.constructor === Symbol && obj !== Symbol.prototype ? "symbol" : typeof obj;
    };
    var _createClass = /* @__PURE__ */ (function() {
      function defineProperties(target, props) {
        for (var i = 0; i < props.length; i++) {
          var descriptor = props[i];
          descriptor.enumerable = descriptor.enumerable || false;
          descriptor.configurable = true;
          if ("value" in descriptor) descriptor.writable = true;
          Object.defineProperty(target, descriptor.key, descriptor);
        }
      }
      return function(Constructor, protoProps, staticProps) {
        if (protoProps) defineProperties(Constructor.prototype, protoProps);
        if (staticProps) defineProperties(Constructor, staticProps);
        return Constructor;
      };
    })();
    var _clone = require_clone();
    var _clone2 = _interopRequireDefault(_clone);
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    var RuleResult = (function() {
      function RuleResult2(conditions, event, priority, name) {
        _classCallCheck(this, RuleResult2);
        this.conditions = (0, _clone2.default)(conditions);
        this.event = (0, _clone2.default)(event);
        this.priority = (0, _clone2.default)(priority);
        this.name = (0, _clone2.default)(name);
        this.result = null;
      }
      _createClass(RuleResult2, [{
        key: "setResult",
        value: function setResult(result) {
          this.result = result;
        }
      }, {
        key: "resolveEventParams",
        value: function resolveEventParams(almanac) {
          var _this = this;
          if (this.event.params !== null && _typeof(this.event.params) === "object") {
            var updates = [];
            var _loop = function _loop2(key2) {
              if (Object.prototype.hasOwnProperty.call(_this.event.params, key2)) {
                updates.push(almanac.getValue(_this.event.params[key2]).then(function(val) {
                  return _this.event.params[key2] = val;
                }));
              }
            };
            for (var key in this.event.params) {
              _loop(key);
            }
            return Promise.all(updates);
          }
          return Promise.resolve();
        }
      }, {
        key: "toJSON",
        value: function toJSON() {
          var stringify = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : true;
          var props = {
            conditions: this.conditions.toJSON(false),
            event: this.event,
            priority: this.priority,
            name: this.name,
            result: this.result
          };
          if (stringify) {
            return JSON.stringify(props);
          }
          return props;
        }
      }]);
      return RuleResult2;
    })();
    exports.default = RuleResult;
  }
});

// node_modules/eventemitter2/lib/eventemitter2.js
var require_eventemitter2 = __commonJS({
  "node_modules/eventemitter2/lib/eventemitter2.js"(exports, module) {
    !(function(undefined2) {
      var hasOwnProperty = Object.hasOwnProperty;
      var isArray = Array.isArray ? Array.isArray : function _isArray(obj) {
        return Object.prototype.toString.call(obj) === "[object Array]";
      };
      var defaultMaxListeners = 10;
      var nextTickSupported = typeof process == "object" && typeof process.nextTick == "function";
      var symbolsSupported = typeof Symbol === "function";
      var reflectSupported = typeof Reflect === "object";
      var setImmediateSupported = typeof setImmediate === "function";
      var _setImmediate = setImmediateSupported ? setImmediate : setTimeout;
      var ownKeys = symbolsSupported ? reflectSupported && typeof Reflect.ownKeys === "function" ? Reflect.ownKeys : function(obj) {
        var arr = Object.getOwnPropertyNames(obj);
        arr.push.apply(arr, Object.getOwnPropertySymbols(obj));
        return arr;
      } : Object.keys;
      function init() {
        this._events = {};
        if (this._conf) {
          configure.call(this, this._conf);
        }
      }
      function configure(conf) {
        if (conf) {
          this._conf = conf;
          conf.delimiter && (this.delimiter = conf.delimiter);
          if (conf.maxListeners !== undefined2) {
            this._maxListeners = conf.maxListeners;
          }
          conf.wildcard && (this.wildcard = conf.wildcard);
          conf.newListener && (this._newListener = conf.newListener);
          conf.removeListener && (this._removeListener = conf.removeListener);
          conf.verboseMemoryLeak && (this.verboseMemoryLeak = conf.verboseMemoryLeak);
          conf.ignoreErrors && (this.ignoreErrors = conf.ignoreErrors);
          if (this.wildcard) {
            this.listenerTree = {};
          }
        }
      }
      function logPossibleMemoryLeak(count, eventName) {
        var errorMsg = "(node) warning: possible EventEmitter memory leak detected. " + count + " listeners added. Use emitter.setMaxListeners() to increase limit.";
        if (this.verboseMemoryLeak) {
          errorMsg += " Event name: " + eventName + ".";
        }
        if (typeof process !== "undefined" && process.emitWarning) {
          var e = new Error(errorMsg);
          e.name = "MaxListenersExceededWarning";
          e.emitter = this;
          e.count = count;
          process.emitWarning(e);
        } else {
          console.error(errorMsg);
          if (console.trace) {
            console.trace();
          }
        }
      }
      var toArray = function(a, b, c) {
        var n = arguments.length;
        switch (n) {
          case 0:
            return [];
          case 1:
            return [a];
          case 2:
            return [a, b];
          case 3:
            return [a, b, c];
          default:
            var arr = new Array(n);
            while (n--) {
              arr[n] = arguments[n];
            }
            return arr;
        }
      };
      function toObject(keys, values) {
        var obj = {};
        var key;
        var len = keys.length;
        var valuesCount = values ? values.length : 0;
        for (var i = 0; i < len; i++) {
          key = keys[i];
          obj[key] = i < valuesCount ? values[i] : undefined2;
        }
        return obj;
      }
      function TargetObserver(emitter, target, options) {
        this._emitter = emitter;
        this._target = target;
        this._listeners = {};
        this._listenersCount = 0;
        var on, off;
        if (options.on || options.off) {
          on = options.on;
          off = options.off;
        }
        if (target.addEventListener) {
          on = target.addEventListener;
          off = target.removeEventListener;
        } else if (target.addListener) {
          on = target.addListener;
          off = target.removeListener;
        } else if (target.on) {
          on = target.on;
          off = target.off;
        }
        if (!on && !off) {
          throw Error("target does not implement any known event API");
        }
        if (typeof on !== "function") {
          throw TypeError("on method must be a function");
        }
        if (typeof off !== "function") {
          throw TypeError("off method must be a function");
        }
        this._on = on;
        this._off = off;
        var _observers = emitter._observers;
        if (_observers) {
          _observers.push(this);
        } else {
          emitter._observers = [this];
        }
      }
      Object.assign(TargetObserver.prototype, {
        subscribe: function(event, localEvent, reducer) {
          var observer = this;
          var target = this._target;
          var emitter = this._emitter;
          var listeners = this._listeners;
          var handler = function() {
            var args = toArray.apply(null, arguments);
            var eventObj = {
              data: args,
              name: localEvent,
              original: event
            };
            if (reducer) {
              var result = reducer.call(target, eventObj);
              if (result !== false) {
                emitter.emit.apply(emitter, [eventObj.name].concat(args));
              }
              return;
            }
            emitter.emit.apply(emitter, [localEvent].concat(args));
          };
          if (listeners[event]) {
            throw Error("Event '" + event + "' is already listening");
          }
          this._listenersCount++;
          if (emitter._newListener && emitter._removeListener && !observer._onNewListener) {
            this._onNewListener = function(_event) {
              if (_event === localEvent && listeners[event] === null) {
                listeners[event] = handler;
                observer._on.call(target, event, handler);
              }
            };
            emitter.on("newListener", this._onNewListener);
            this._onRemoveListener = function(_event) {
              if (_event === localEvent && !emitter.hasListeners(_event) && listeners[event]) {
                listeners[event] = null;
                observer._off.call(target, event, handler);
              }
            };
            listeners[event] = null;
            emitter.on("removeListener", this._onRemoveListener);
          } else {
            listeners[event] = handler;
            observer._on.call(target, event, handler);
          }
        },
        unsubscribe: function(event) {
          var observer = this;
          var listeners = this._listeners;
          var emitter = this._emitter;
          var handler;
          var events;
          var off = this._off;
          var target = this._target;
          var i;
          if (event && typeof event !== "string") {
            throw TypeError("event must be a string");
          }
          function clearRefs() {
            if (observer._onNewListener) {
              emitter.off("newListener", observer._onNewListener);
              emitter.off("removeListener", observer._onRemoveListener);
              observer._onNewListener = null;
              observer._onRemoveListener = null;
            }
            var index = findTargetIndex.call(emitter, observer);
            emitter._observers.splice(index, 1);
          }
          if (event) {
            handler = listeners[event];
            if (!handler) return;
            off.call(target, event, handler);
            delete listeners[event];
            if (!--this._listenersCount) {
              clearRefs();
            }
          } else {
            events = ownKeys(listeners);
            i = events.length;
            while (i-- > 0) {
              event = events[i];
              off.call(target, event, listeners[event]);
            }
            this._listeners = {};
            this._listenersCount = 0;
            clearRefs();
          }
        }
      });
      function resolveOptions(options, schema, reducers, allowUnknown) {
        var computedOptions = Object.assign({}, schema);
        if (!options) return computedOptions;
        if (typeof options !== "object") {
          throw TypeError("options must be an object");
        }
        var keys = Object.keys(options);
        var length = keys.length;
        var option, value;
        var reducer;
        function reject(reason) {
          throw Error('Invalid "' + option + '" option value' + (reason ? ". Reason: " + reason : ""));
        }
        for (var i = 0; i < length; i++) {
          option = keys[i];
          if (!allowUnknown && !hasOwnProperty.call(schema, option)) {
            throw Error('Unknown "' + option + '" option');
          }
          value = options[option];
          if (value !== undefined2) {
            reducer = reducers[option];
            computedOptions[option] = reducer ? reducer(value, reject) : value;
          }
        }
        return computedOptions;
      }
      function constructorReducer(value, reject) {
        if (typeof value !== "function" || !value.hasOwnProperty("prototype")) {
          reject("value must be a constructor");
        }
        return value;
      }
      function makeTypeReducer(types) {
        var message = "value must be type of " + types.join("|");
        var len = types.length;
        var firstType = types[0];
        var secondType = types[1];
        if (len === 1) {
          return function(v, reject) {
            if (typeof v === firstType) {
              return v;
            }
            reject(message);
          };
        }
        if (len === 2) {
          return function(v, reject) {
            var kind = typeof v;
            if (kind === firstType || kind === secondType) return v;
            reject(message);
          };
        }
        return function(v, reject) {
          var kind = typeof v;
          var i = len;
          while (i-- > 0) {
            if (kind === types[i]) return v;
          }
          reject(message);
        };
      }
      var functionReducer = makeTypeReducer(["function"]);
      var objectFunctionReducer = makeTypeReducer(["object", "function"]);
      function makeCancelablePromise(Promise2, executor, options) {
        var isCancelable;
        var callbacks;
        var timer = 0;
        var subscriptionClosed;
        var promise = new Promise2(function(resolve, reject, onCancel) {
          options = resolveOptions(options, {
            timeout: 0,
            overload: false
          }, {
            timeout: function(value, reject2) {
              value *= 1;
              if (typeof value !== "number" || value < 0 || !Number.isFinite(value)) {
                reject2("timeout must be a positive number");
              }
              return value;
            }
          });
          isCancelable = !options.overload && typeof Promise2.prototype.cancel === "function" && typeof onCancel === "function";
          function cleanup() {
            if (callbacks) {
              callbacks = null;
            }
            if (timer) {
              clearTimeout(timer);
              timer = 0;
            }
          }
          var _resolve = function(value) {
            cleanup();
            resolve(value);
          };
          var _reject = function(err) {
            cleanup();
            reject(err);
          };
          if (isCancelable) {
            executor(_resolve, _reject, onCancel);
          } else {
            callbacks = [function(reason) {
              _reject(reason || Error("canceled"));
            }];
            executor(_resolve, _reject, function(cb) {
              if (subscriptionClosed) {
                throw Error("Unable to subscribe on cancel event asynchronously");
              }
              if (typeof cb !== "function") {
                throw TypeError("onCancel callback must be a function");
              }
              callbacks.push(cb);
            });
            subscriptionClosed = true;
          }
          if (options.timeout > 0) {
            timer = setTimeout(function() {
              var reason = Error("timeout");
              reason.code = "ETIMEDOUT";
              timer = 0;
              promise.cancel(reason);
              reject(reason);
            }, options.timeout);
          }
        });
        if (!isCancelable) {
          promise.cancel = function(reason) {
            if (!callbacks) {
              return;
            }
            var length = callbacks.length;
            for (var i = 1; i < length; i++) {
              callbacks[i](reason);
            }
            callbacks[0](reason);
            callbacks = null;
          };
        }
        return promise;
      }
      function findTargetIndex(observer) {
        var observers = this._observers;
        if (!observers) {
          return -1;
        }
        var len = observers.length;
        for (var i = 0; i < len; i++) {
          if (observers[i]._target === observer) return i;
        }
        return -1;
      }
      function searchListenerTree(handlers, type, tree, i, typeLength) {
        if (!tree) {
          return null;
        }
        if (i === 0) {
          var kind = typeof type;
          if (kind === "string") {
            var ns, n, l = 0, j = 0, delimiter = this.delimiter, dl = delimiter.length;
            if ((n = type.indexOf(delimiter)) !== -1) {
              ns = new Array(5);
              do {
                ns[l++] = type.slice(j, n);
                j = n + dl;
              } while ((n = type.indexOf(delimiter, j)) !== -1);
              ns[l++] = type.slice(j);
              type = ns;
              typeLength = l;
            } else {
              type = [type];
              typeLength = 1;
            }
          } else if (kind === "object") {
            typeLength = type.length;
          } else {
            type = [type];
            typeLength = 1;
          }
        }
        var listeners = null, branch, xTree, xxTree, isolatedBranch, endReached, currentType = type[i], nextType = type[i + 1], branches, _listeners;
        if (i === typeLength) {
          if (tree._listeners) {
            if (typeof tree._listeners === "function") {
              handlers && handlers.push(tree._listeners);
              listeners = [tree];
            } else {
              handlers && handlers.push.apply(handlers, tree._listeners);
              listeners = [tree];
            }
          }
        } else {
          if (currentType === "*") {
            branches = ownKeys(tree);
            n = branches.length;
            while (n-- > 0) {
              branch = branches[n];
              if (branch !== "_listeners") {
                _listeners = searchListenerTree(handlers, type, tree[branch], i + 1, typeLength);
                if (_listeners) {
                  if (listeners) {
                    listeners.push.apply(listeners, _listeners);
                  } else {
                    listeners = _listeners;
                  }
                }
              }
            }
            return listeners;
          } else if (currentType === "**") {
            endReached = i + 1 === typeLength || i + 2 === typeLength && nextType === "*";
            if (endReached && tree._listeners) {
              listeners = searchListenerTree(handlers, type, tree, typeLength, typeLength);
            }
            branches = ownKeys(tree);
            n = branches.length;
            while (n-- > 0) {
              branch = branches[n];
              if (branch !== "_listeners") {
                if (branch === "*" || branch === "**") {
                  if (tree[branch]._listeners && !endReached) {
                    _listeners = searchListenerTree(handlers, type, tree[branch], typeLength, typeLength);
                    if (_listeners) {
                      if (listeners) {
                        listeners.push.apply(listeners, _listeners);
                      } else {
                        listeners = _listeners;
                      }
                    }
                  }
                  _listeners = searchListenerTree(handlers, type, tree[branch], i, typeLength);
                } else if (branch === nextType) {
                  _listeners = searchListenerTree(handlers, type, tree[branch], i + 2, typeLength);
                } else {
                  _listeners = searchListenerTree(handlers, type, tree[branch], i, typeLength);
                }
                if (_listeners) {
                  if (listeners) {
                    listeners.push.apply(listeners, _listeners);
                  } else {
                    listeners = _listeners;
                  }
                }
              }
            }
            return listeners;
          } else if (tree[currentType]) {
            listeners = searchListenerTree(handlers, type, tree[currentType], i + 1, typeLength);
          }
        }
        xTree = tree["*"];
        if (xTree) {
          searchListenerTree(handlers, type, xTree, i + 1, typeLength);
        }
        xxTree = tree["**"];
        if (xxTree) {
          if (i < typeLength) {
            if (xxTree._listeners) {
              searchListenerTree(handlers, type, xxTree, typeLength, typeLength);
            }
            branches = ownKeys(xxTree);
            n = branches.length;
            while (n-- > 0) {
              branch = branches[n];
              if (branch !== "_listeners") {
                if (branch === nextType) {
                  searchListenerTree(handlers, type, xxTree[branch], i + 2, typeLength);
                } else if (branch === currentType) {
                  searchListenerTree(handlers, type, xxTree[branch], i + 1, typeLength);
                } else {
                  isolatedBranch = {};
                  isolatedBranch[branch] = xxTree[branch];
                  searchListenerTree(handlers, type, { "**": isolatedBranch }, i + 1, typeLength);
                }
              }
            }
          } else if (xxTree._listeners) {
            searchListenerTree(handlers, type, xxTree, typeLength, typeLength);
          } else if (xxTree["*"] && xxTree["*"]._listeners) {
            searchListenerTree(handlers, type, xxTree["*"], typeLength, typeLength);
          }
        }
        return listeners;
      }
      function growListenerTree(type, listener, prepend) {
        var len = 0, j = 0, i, delimiter = this.delimiter, dl = delimiter.length, ns;
        if (typeof type === "string") {
          if ((i = type.indexOf(delimiter)) !== -1) {
            ns = new Array(5);
            do {
              ns[len++] = type.slice(j, i);
              j = i + dl;
            } while ((i = type.indexOf(delimiter, j)) !== -1);
            ns[len++] = type.slice(j);
          } else {
            ns = [type];
            len = 1;
          }
        } else {
          ns = type;
          len = type.length;
        }
        if (len > 1) {
          for (i = 0; i + 1 < len; i++) {
            if (ns[i] === "**" && ns[i + 1] === "**") {
              return;
            }
          }
        }
        var tree = this.listenerTree, name;
        for (i = 0; i < len; i++) {
          name = ns[i];
          tree = tree[name] || (tree[name] = {});
          if (i === len - 1) {
            if (!tree._listeners) {
              tree._listeners = listener;
            } else {
              if (typeof tree._listeners === "function") {
                tree._listeners = [tree._listeners];
              }
              if (prepend) {
                tree._listeners.unshift(listener);
              } else {
                tree._listeners.push(listener);
              }
              if (!tree._listeners.warned && this._maxListeners > 0 && tree._listeners.length > this._maxListeners) {
                tree._listeners.warned = true;
                logPossibleMemoryLeak.call(this, tree._listeners.length, name);
              }
            }
            return true;
          }
        }
        return true;
      }
      function collectTreeEvents(tree, events, root, asArray) {
        var branches = ownKeys(tree);
        var i = branches.length;
        var branch, branchName, path;
        var hasListeners = tree["_listeners"];
        var isArrayPath;
        while (i-- > 0) {
          branchName = branches[i];
          branch = tree[branchName];
          if (branchName === "_listeners") {
            path = root;
          } else {
            path = root ? root.concat(branchName) : [branchName];
          }
          isArrayPath = asArray || typeof branchName === "symbol";
          hasListeners && events.push(isArrayPath ? path : path.join(this.delimiter));
          if (typeof branch === "object") {
            collectTreeEvents.call(this, branch, events, path, isArrayPath);
          }
        }
        return events;
      }
      function recursivelyGarbageCollect(root) {
        var keys = ownKeys(root);
        var i = keys.length;
        var obj, key, flag;
        while (i-- > 0) {
          key = keys[i];
          obj = root[key];
          if (obj) {
            flag = true;
            if (key !== "_listeners" && !recursivelyGarbageCollect(obj)) {
              delete root[key];
            }
          }
        }
        return flag;
      }
      function Listener(emitter, event, listener) {
        this.emitter = emitter;
        this.event = event;
        this.listener = listener;
      }
      Listener.prototype.off = function() {
        this.emitter.off(this.event, this.listener);
        return this;
      };
      function setupListener(event, listener, options) {
        if (options === true) {
          promisify = true;
        } else if (options === false) {
          async = true;
        } else {
          if (!options || typeof options !== "object") {
            throw TypeError("options should be an object or true");
          }
          var async = options.async;
          var promisify = options.promisify;
          var nextTick = options.nextTick;
          var objectify = options.objectify;
        }
        if (async || nextTick || promisify) {
          var _listener = listener;
          var _origin = listener._origin || listener;
          if (nextTick && !nextTickSupported) {
            throw Error("process.nextTick is not supported");
          }
          if (promisify === undefined2) {
            promisify = listener.constructor.name === "AsyncFunction";
          }
          listener = function() {
            var args = arguments;
            var context = this;
            var event2 = this.event;
            return promisify ? nextTick ? Promise.resolve() : new Promise(function(resolve) {
              _setImmediate(resolve);
            }).then(function() {
              context.event = event2;
              return _listener.apply(context, args);
            }) : (nextTick ? process.nextTick : _setImmediate)(function() {
              context.event = event2;
              _listener.apply(context, args);
            });
          };
          listener._async = true;
          listener._origin = _origin;
        }
        return [listener, objectify ? new Listener(this, event, listener) : this];
      }
      function EventEmitter(conf) {
        this._events = {};
        this._newListener = false;
        this._removeListener = false;
        this.verboseMemoryLeak = false;
        configure.call(this, conf);
      }
      EventEmitter.EventEmitter2 = EventEmitter;
      EventEmitter.prototype.listenTo = function(target, events, options) {
        if (typeof target !== "object") {
          throw TypeError("target musts be an object");
        }
        var emitter = this;
        options = resolveOptions(options, {
          on: undefined2,
          off: undefined2,
          reducers: undefined2
        }, {
          on: functionReducer,
          off: functionReducer,
          reducers: objectFunctionReducer
        });
        function listen(events2) {
          if (typeof events2 !== "object") {
            throw TypeError("events must be an object");
          }
          var reducers = options.reducers;
          var index = findTargetIndex.call(emitter, target);
          var observer;
          if (index === -1) {
            observer = new TargetObserver(emitter, target, options);
          } else {
            observer = emitter._observers[index];
          }
          var keys = ownKeys(events2);
          var len = keys.length;
          var event;
          var isSingleReducer = typeof reducers === "function";
          for (var i = 0; i < len; i++) {
            event = keys[i];
            observer.subscribe(
              event,
              events2[event] || event,
              isSingleReducer ? reducers : reducers && reducers[event]
            );
          }
        }
        isArray(events) ? listen(toObject(events)) : typeof events === "string" ? listen(toObject(events.split(/\s+/))) : listen(events);
        return this;
      };
      EventEmitter.prototype.stopListeningTo = function(target, event) {
        var observers = this._observers;
        if (!observers) {
          return false;
        }
        var i = observers.length;
        var observer;
        var matched = false;
        if (target && typeof target !== "object") {
          throw TypeError("target should be an object");
        }
        while (i-- > 0) {
          observer = observers[i];
          if (!target || observer._target === target) {
            observer.unsubscribe(event);
            matched = true;
          }
        }
        return matched;
      };
      EventEmitter.prototype.delimiter = ".";
      EventEmitter.prototype.setMaxListeners = function(n) {
        if (n !== undefined2) {
          this._maxListeners = n;
          if (!this._conf) this._conf = {};
          this._conf.maxListeners = n;
        }
      };
      EventEmitter.prototype.getMaxListeners = function() {
        return this._maxListeners;
      };
      EventEmitter.prototype.event = "";
      EventEmitter.prototype.once = function(event, fn, options) {
        return this._once(event, fn, false, options);
      };
      EventEmitter.prototype.prependOnceListener = function(event, fn, options) {
        return this._once(event, fn, true, options);
      };
      EventEmitter.prototype._once = function(event, fn, prepend, options) {
        return this._many(event, 1, fn, prepend, options);
      };
      EventEmitter.prototype.many = function(event, ttl, fn, options) {
        return this._many(event, ttl, fn, false, options);
      };
      EventEmitter.prototype.prependMany = function(event, ttl, fn, options) {
        return this._many(event, ttl, fn, true, options);
      };
      EventEmitter.prototype._many = function(event, ttl, fn, prepend, options) {
        var self = this;
        if (typeof fn !== "function") {
          throw new Error("many only accepts instances of Function");
        }
        function listener() {
          if (--ttl === 0) {
            self.off(event, listener);
          }
          return fn.apply(this, arguments);
        }
        listener._origin = fn;
        return this._on(event, listener, prepend, options);
      };
      EventEmitter.prototype.emit = function() {
        if (!this._events && !this._all) {
          return false;
        }
        this._events || init.call(this);
        var type = arguments[0], ns, wildcard = this.wildcard;
        var args, l, i, j, containsSymbol;
        if (type === "newListener" && !this._newListener) {
          if (!this._events.newListener) {
            return false;
          }
        }
        if (wildcard) {
          ns = type;
          if (type !== "newListener" && type !== "removeListener") {
            if (typeof type === "object") {
              l = type.length;
              if (symbolsSupported) {
                for (i = 0; i < l; i++) {
                  if (typeof type[i] === "symbol") {
                    containsSymbol = true;
                    break;
                  }
                }
              }
              if (!containsSymbol) {
                type = type.join(this.delimiter);
              }
            }
          }
        }
        var al = arguments.length;
        var handler;
        if (this._all && this._all.length) {
          handler = this._all.slice();
          for (i = 0, l = handler.length; i < l; i++) {
            this.event = type;
            switch (al) {
              case 1:
                handler[i].call(this, type);
                break;
              case 2:
                handler[i].call(this, type, arguments[1]);
                break;
              case 3:
                handler[i].call(this, type, arguments[1], arguments[2]);
                break;
              default:
                handler[i].apply(this, arguments);
            }
          }
        }
        if (wildcard) {
          handler = [];
          searchListenerTree.call(this, handler, ns, this.listenerTree, 0, l);
        } else {
          handler = this._events[type];
          if (typeof handler === "function") {
            this.event = type;
            switch (al) {
              case 1:
                handler.call(this);
                break;
              case 2:
                handler.call(this, arguments[1]);
                break;
              case 3:
                handler.call(this, arguments[1], arguments[2]);
                break;
              default:
                args = new Array(al - 1);
                for (j = 1; j < al; j++) args[j - 1] = arguments[j];
                handler.apply(this, args);
            }
            return true;
          } else if (handler) {
            handler = handler.slice();
          }
        }
        if (handler && handler.length) {
          if (al > 3) {
            args = new Array(al - 1);
            for (j = 1; j < al; j++) args[j - 1] = arguments[j];
          }
          for (i = 0, l = handler.length; i < l; i++) {
            this.event = type;
            switch (al) {
              case 1:
                handler[i].call(this);
                break;
              case 2:
                handler[i].call(this, arguments[1]);
                break;
              case 3:
                handler[i].call(this, arguments[1], arguments[2]);
                break;
              default:
                handler[i].apply(this, args);
            }
          }
          return true;
        } else if (!this.ignoreErrors && !this._all && type === "error") {
          if (arguments[1] instanceof Error) {
            throw arguments[1];
          } else {
            throw new Error("Uncaught, unspecified 'error' event.");
          }
        }
        return !!this._all;
      };
      EventEmitter.prototype.emitAsync = function() {
        if (!this._events && !this._all) {
          return false;
        }
        this._events || init.call(this);
        var type = arguments[0], wildcard = this.wildcard, ns, containsSymbol;
        var args, l, i, j;
        if (type === "newListener" && !this._newListener) {
          if (!this._events.newListener) {
            return Promise.resolve([false]);
          }
        }
        if (wildcard) {
          ns = type;
          if (type !== "newListener" && type !== "removeListener") {
            if (typeof type === "object") {
              l = type.length;
              if (symbolsSupported) {
                for (i = 0; i < l; i++) {
                  if (typeof type[i] === "symbol") {
                    containsSymbol = true;
                    break;
                  }
                }
              }
              if (!containsSymbol) {
                type = type.join(this.delimiter);
              }
            }
          }
        }
        var promises = [];
        var al = arguments.length;
        var handler;
        if (this._all) {
          for (i = 0, l = this._all.length; i < l; i++) {
            this.event = type;
            switch (al) {
              case 1:
                promises.push(this._all[i].call(this, type));
                break;
              case 2:
                promises.push(this._all[i].call(this, type, arguments[1]));
                break;
              case 3:
                promises.push(this._all[i].call(this, type, arguments[1], arguments[2]));
                break;
              default:
                promises.push(this._all[i].apply(this, arguments));
            }
          }
        }
        if (wildcard) {
          handler = [];
          searchListenerTree.call(this, handler, ns, this.listenerTree, 0);
        } else {
          handler = this._events[type];
        }
        if (typeof handler === "function") {
          this.event = type;
          switch (al) {
            case 1:
              promises.push(handler.call(this));
              break;
            case 2:
              promises.push(handler.call(this, arguments[1]));
              break;
            case 3:
              promises.push(handler.call(this, arguments[1], arguments[2]));
              break;
            default:
              args = new Array(al - 1);
              for (j = 1; j < al; j++) args[j - 1] = arguments[j];
              promises.push(handler.apply(this, args));
          }
        } else if (handler && handler.length) {
          handler = handler.slice();
          if (al > 3) {
            args = new Array(al - 1);
            for (j = 1; j < al; j++) args[j - 1] = arguments[j];
          }
          for (i = 0, l = handler.length; i < l; i++) {
            this.event = type;
            switch (al) {
              case 1:
                promises.push(handler[i].call(this));
                break;
              case 2:
                promises.push(handler[i].call(this, arguments[1]));
                break;
              case 3:
                promises.push(handler[i].call(this, arguments[1], arguments[2]));
                break;
              default:
                promises.push(handler[i].apply(this, args));
            }
          }
        } else if (!this.ignoreErrors && !this._all && type === "error") {
          if (arguments[1] instanceof Error) {
            return Promise.reject(arguments[1]);
          } else {
            return Promise.reject("Uncaught, unspecified 'error' event.");
          }
        }
        return Promise.all(promises);
      };
      EventEmitter.prototype.on = function(type, listener, options) {
        return this._on(type, listener, false, options);
      };
      EventEmitter.prototype.prependListener = function(type, listener, options) {
        return this._on(type, listener, true, options);
      };
      EventEmitter.prototype.onAny = function(fn) {
        return this._onAny(fn, false);
      };
      EventEmitter.prototype.prependAny = function(fn) {
        return this._onAny(fn, true);
      };
      EventEmitter.prototype.addListener = EventEmitter.prototype.on;
      EventEmitter.prototype._onAny = function(fn, prepend) {
        if (typeof fn !== "function") {
          throw new Error("onAny only accepts instances of Function");
        }
        if (!this._all) {
          this._all = [];
        }
        if (prepend) {
          this._all.unshift(fn);
        } else {
          this._all.push(fn);
        }
        return this;
      };
      EventEmitter.prototype._on = function(type, listener, prepend, options) {
        if (typeof type === "function") {
          this._onAny(type, listener);
          return this;
        }
        if (typeof listener !== "function") {
          throw new Error("on only accepts instances of Function");
        }
        this._events || init.call(this);
        var returnValue = this, temp;
        if (options !== undefined2) {
          temp = setupListener.call(this, type, listener, options);
          listener = temp[0];
          returnValue = temp[1];
        }
        if (this._newListener) {
          this.emit("newListener", type, listener);
        }
        if (this.wildcard) {
          growListenerTree.call(this, type, listener, prepend);
          return returnValue;
        }
        if (!this._events[type]) {
          this._events[type] = listener;
        } else {
          if (typeof this._events[type] === "function") {
            this._events[type] = [this._events[type]];
          }
          if (prepend) {
            this._events[type].unshift(listener);
          } else {
            this._events[type].push(listener);
          }
          if (!this._events[type].warned && this._maxListeners > 0 && this._events[type].length > this._maxListeners) {
            this._events[type].warned = true;
            logPossibleMemoryLeak.call(this, this._events[type].length, type);
          }
        }
        return returnValue;
      };
      EventEmitter.prototype.off = function(type, listener) {
        if (typeof listener !== "function") {
          throw new Error("removeListener only takes instances of Function");
        }
        var handlers, leafs = [];
        if (this.wildcard) {
          var ns = typeof type === "string" ? type.split(this.delimiter) : type.slice();
          leafs = searchListenerTree.call(this, null, ns, this.listenerTree, 0);
          if (!leafs) return this;
        } else {
          if (!this._events[type]) return this;
          handlers = this._events[type];
          leafs.push({ _listeners: handlers });
        }
        for (var iLeaf = 0; iLeaf < leafs.length; iLeaf++) {
          var leaf = leafs[iLeaf];
          handlers = leaf._listeners;
          if (isArray(handlers)) {
            var position = -1;
            for (var i = 0, length = handlers.length; i < length; i++) {
              if (handlers[i] === listener || handlers[i].listener && handlers[i].listener === listener || handlers[i]._origin && handlers[i]._origin === listener) {
                position = i;
                break;
              }
            }
            if (position < 0) {
              continue;
            }
            if (this.wildcard) {
              leaf._listeners.splice(position, 1);
            } else {
              this._events[type].splice(position, 1);
            }
            if (handlers.length === 0) {
              if (this.wildcard) {
                delete leaf._listeners;
              } else {
                delete this._events[type];
              }
            }
            if (this._removeListener)
              this.emit("removeListener", type, listener);
            return this;
          } else if (handlers === listener || handlers.listener && handlers.listener === listener || handlers._origin && handlers._origin === listener) {
            if (this.wildcard) {
              delete leaf._listeners;
            } else {
              delete this._events[type];
            }
            if (this._removeListener)
              this.emit("removeListener", type, listener);
          }
        }
        this.listenerTree && recursivelyGarbageCollect(this.listenerTree);
        return this;
      };
      EventEmitter.prototype.offAny = function(fn) {
        var i = 0, l = 0, fns;
        if (fn && this._all && this._all.length > 0) {
          fns = this._all;
          for (i = 0, l = fns.length; i < l; i++) {
            if (fn === fns[i]) {
              fns.splice(i, 1);
              if (this._removeListener)
                this.emit("removeListenerAny", fn);
              return this;
            }
          }
        } else {
          fns = this._all;
          if (this._removeListener) {
            for (i = 0, l = fns.length; i < l; i++)
              this.emit("removeListenerAny", fns[i]);
          }
          this._all = [];
        }
        return this;
      };
      EventEmitter.prototype.removeListener = EventEmitter.prototype.off;
      EventEmitter.prototype.removeAllListeners = function(type) {
        if (type === undefined2) {
          !this._events || init.call(this);
          return this;
        }
        if (this.wildcard) {
          var leafs = searchListenerTree.call(this, null, type, this.listenerTree, 0), leaf, i;
          if (!leafs) return this;
          for (i = 0; i < leafs.length; i++) {
            leaf = leafs[i];
            leaf._listeners = null;
          }
          this.listenerTree && recursivelyGarbageCollect(this.listenerTree);
        } else if (this._events) {
          this._events[type] = null;
        }
        return this;
      };
      EventEmitter.prototype.listeners = function(type) {
        var _events = this._events;
        var keys, listeners, allListeners;
        var i;
        var listenerTree;
        if (type === undefined2) {
          if (this.wildcard) {
            throw Error("event name required for wildcard emitter");
          }
          if (!_events) {
            return [];
          }
          keys = ownKeys(_events);
          i = keys.length;
          allListeners = [];
          while (i-- > 0) {
            listeners = _events[keys[i]];
            if (typeof listeners === "function") {
              allListeners.push(listeners);
            } else {
              allListeners.push.apply(allListeners, listeners);
            }
          }
          return allListeners;
        } else {
          if (this.wildcard) {
            listenerTree = this.listenerTree;
            if (!listenerTree) return [];
            var handlers = [];
            var ns = typeof type === "string" ? type.split(this.delimiter) : type.slice();
            searchListenerTree.call(this, handlers, ns, listenerTree, 0);
            return handlers;
          }
          if (!_events) {
            return [];
          }
          listeners = _events[type];
          if (!listeners) {
            return [];
          }
          return typeof listeners === "function" ? [listeners] : listeners;
        }
      };
      EventEmitter.prototype.eventNames = function(nsAsArray) {
        var _events = this._events;
        return this.wildcard ? collectTreeEvents.call(this, this.listenerTree, [], null, nsAsArray) : _events ? ownKeys(_events) : [];
      };
      EventEmitter.prototype.listenerCount = function(type) {
        return this.listeners(type).length;
      };
      EventEmitter.prototype.hasListeners = function(type) {
        if (this.wildcard) {
          var handlers = [];
          var ns = typeof type === "string" ? type.split(this.delimiter) : type.slice();
          searchListenerTree.call(this, handlers, ns, this.listenerTree, 0);
          return handlers.length > 0;
        }
        var _events = this._events;
        var _all = this._all;
        return !!(_all && _all.length || _events && (type === undefined2 ? ownKeys(_events).length : _events[type]));
      };
      EventEmitter.prototype.listenersAny = function() {
        if (this._all) {
          return this._all;
        } else {
          return [];
        }
      };
      EventEmitter.prototype.waitFor = function(event, options) {
        var self = this;
        var type = typeof options;
        if (type === "number") {
          options = { timeout: options };
        } else if (type === "function") {
          options = { filter: options };
        }
        options = resolveOptions(options, {
          timeout: 0,
          filter: undefined2,
          handleError: false,
          Promise,
          overload: false
        }, {
          filter: functionReducer,
          Promise: constructorReducer
        });
        return makeCancelablePromise(options.Promise, function(resolve, reject, onCancel) {
          function listener() {
            var filter = options.filter;
            if (filter && !filter.apply(self, arguments)) {
              return;
            }
            self.off(event, listener);
            if (options.handleError) {
              var err = arguments[0];
              err ? reject(err) : resolve(toArray.apply(null, arguments).slice(1));
            } else {
              resolve(toArray.apply(null, arguments));
            }
          }
          onCancel(function() {
            self.off(event, listener);
          });
          self._on(event, listener, false);
        }, {
          timeout: options.timeout,
          overload: options.overload
        });
      };
      function once(emitter, name, options) {
        options = resolveOptions(options, {
          Promise,
          timeout: 0,
          overload: false
        }, {
          Promise: constructorReducer
        });
        var _Promise = options.Promise;
        return makeCancelablePromise(_Promise, function(resolve, reject, onCancel) {
          var handler;
          if (typeof emitter.addEventListener === "function") {
            handler = function() {
              resolve(toArray.apply(null, arguments));
            };
            onCancel(function() {
              emitter.removeEventListener(name, handler);
            });
            emitter.addEventListener(
              name,
              handler,
              { once: true }
            );
            return;
          }
          var eventListener = function() {
            errorListener && emitter.removeListener("error", errorListener);
            resolve(toArray.apply(null, arguments));
          };
          var errorListener;
          if (name !== "error") {
            errorListener = function(err) {
              emitter.removeListener(name, eventListener);
              reject(err);
            };
            emitter.once("error", errorListener);
          }
          onCancel(function() {
            errorListener && emitter.removeListener("error", errorListener);
            emitter.removeListener(name, eventListener);
          });
          emitter.once(name, eventListener);
        }, {
          timeout: options.timeout,
          overload: options.overload
        });
      }
      var prototype = EventEmitter.prototype;
      Object.defineProperties(EventEmitter, {
        defaultMaxListeners: {
          get: function() {
            return prototype._maxListeners;
          },
          set: function(n) {
            if (typeof n !== "number" || n < 0 || Number.isNaN(n)) {
              throw TypeError("n must be a non-negative number");
            }
            prototype._maxListeners = n;
          },
          enumerable: true
        },
        once: {
          value: once,
          writable: true,
          configurable: true
        }
      });
      Object.defineProperties(prototype, {
        _maxListeners: {
          value: defaultMaxListeners,
          writable: true,
          configurable: true
        },
        _observers: { value: null, writable: true, configurable: true }
      });
      if (typeof define === "function" && define.amd) {
        define(function() {
          return EventEmitter;
        });
      } else if (typeof exports === "object") {
        module.exports = EventEmitter;
      } else {
        var _global = new Function("", "return this")();
        _global.EventEmitter2 = EventEmitter;
      }
    })();
  }
});

// node_modules/json-rules-engine/dist/rule.js
var require_rule = __commonJS({
  "node_modules/json-rules-engine/dist/rule.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    var _createClass = /* @__PURE__ */ (function() {
      function defineProperties(target, props) {
        for (var i = 0; i < props.length; i++) {
          var descriptor = props[i];
          descriptor.enumerable = descriptor.enumerable || false;
          descriptor.configurable = true;
          if ("value" in descriptor) descriptor.writable = true;
          Object.defineProperty(target, descriptor.key, descriptor);
        }
      }
      return function(Constructor, protoProps, staticProps) {
        if (protoProps) defineProperties(Constructor.prototype, protoProps);
        if (staticProps) defineProperties(Constructor, staticProps);
        return Constructor;
      };
    })();
    var _condition = require_condition();
    var _condition2 = _interopRequireDefault(_condition);
    var _ruleResult = require_rule_result();
    var _ruleResult2 = _interopRequireDefault(_ruleResult);
    var _debug = require_debug();
    var _debug2 = _interopRequireDefault(_debug);
    var _clone = require_clone();
    var _clone2 = _interopRequireDefault(_clone);
    var _eventemitter = require_eventemitter2();
    var _eventemitter2 = _interopRequireDefault(_eventemitter);
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    function _possibleConstructorReturn(self, call) {
      if (!self) {
        throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
      }
      return call && (typeof call === "object" || typeof call === "function") ? call : self;
    }
    function _inherits(subClass, superClass) {
      if (typeof superClass !== "function" && superClass !== null) {
        throw new TypeError("Super expression must either be null or a function, not " + typeof superClass);
      }
      subClass.prototype = Object.create(superClass && superClass.prototype, { constructor: { value: subClass, enumerable: false, writable: true, configurable: true } });
      if (superClass) Object.setPrototypeOf ? Object.setPrototypeOf(subClass, superClass) : subClass.__proto__ = superClass;
    }
    var Rule = (function(_EventEmitter) {
      _inherits(Rule2, _EventEmitter);
      function Rule2(options) {
        _classCallCheck(this, Rule2);
        var _this = _possibleConstructorReturn(this, (Rule2.__proto__ || Object.getPrototypeOf(Rule2)).call(this));
        if (typeof options === "string") {
          options = JSON.parse(options);
        }
        if (options && options.conditions) {
          _this.setConditions(options.conditions);
        }
        if (options && options.onSuccess) {
          _this.on("success", options.onSuccess);
        }
        if (options && options.onFailure) {
          _this.on("failure", options.onFailure);
        }
        if (options && (options.name || options.name === 0)) {
          _this.setName(options.name);
        }
        var priority = options && options.priority || 1;
        _this.setPriority(priority);
        var event = options && options.event || { type: "unknown" };
        _this.setEvent(event);
        return _this;
      }
      _createClass(Rule2, [{
        key: "setPriority",
        value: function setPriority(priority) {
          priority = parseInt(priority, 10);
          if (priority <= 0) throw new Error("Priority must be greater than zero");
          this.priority = priority;
          return this;
        }
        /**
         * Sets the name of the rule
         * @param {any} name - any truthy input and zero is allowed
         */
      }, {
        key: "setName",
        value: function setName(name) {
          if (!name && name !== 0) {
            throw new Error('Rule "name" must be defined');
          }
          this.name = name;
          return this;
        }
        /**
         * Sets the conditions to run when evaluating the rule.
         * @param {object} conditions - conditions, root element must be a boolean operator
         */
      }, {
        key: "setConditions",
        value: function setConditions(conditions) {
          if (!Object.prototype.hasOwnProperty.call(conditions, "all") && !Object.prototype.hasOwnProperty.call(conditions, "any") && !Object.prototype.hasOwnProperty.call(conditions, "not") && !Object.prototype.hasOwnProperty.call(conditions, "condition")) {
            throw new Error('"conditions" root must contain a single instance of "all", "any", "not", or "condition"');
          }
          this.conditions = new _condition2.default(conditions);
          return this;
        }
        /**
         * Sets the event to emit when the conditions evaluate truthy
         * @param {object} event - event to emit
         * @param {string} event.type - event name to emit on
         * @param {string} event.params - parameters to emit as the argument of the event emission
         */
      }, {
        key: "setEvent",
        value: function setEvent(event) {
          if (!event) throw new Error("Rule: setEvent() requires event object");
          if (!Object.prototype.hasOwnProperty.call(event, "type")) {
            throw new Error('Rule: setEvent() requires event object with "type" property');
          }
          this.ruleEvent = {
            type: event.type
          };
          this.event = this.ruleEvent;
          if (event.params) this.ruleEvent.params = event.params;
          return this;
        }
        /**
         * returns the event object
         * @returns {Object} event
         */
      }, {
        key: "getEvent",
        value: function getEvent() {
          return this.ruleEvent;
        }
        /**
         * returns the priority
         * @returns {Number} priority
         */
      }, {
        key: "getPriority",
        value: function getPriority() {
          return this.priority;
        }
        /**
         * returns the event object
         * @returns {Object} event
         */
      }, {
        key: "getConditions",
        value: function getConditions() {
          return this.conditions;
        }
        /**
         * returns the engine object
         * @returns {Object} engine
         */
      }, {
        key: "getEngine",
        value: function getEngine() {
          return this.engine;
        }
        /**
         * Sets the engine to run the rules under
         * @param {object} engine
         * @returns {Rule}
         */
      }, {
        key: "setEngine",
        value: function setEngine(engine) {
          this.engine = engine;
          return this;
        }
      }, {
        key: "toJSON",
        value: function toJSON() {
          var stringify = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : true;
          var props = {
            conditions: this.conditions.toJSON(false),
            priority: this.priority,
            event: this.ruleEvent,
            name: this.name
          };
          if (stringify) {
            return JSON.stringify(props);
          }
          return props;
        }
        /**
         * Priorizes an array of conditions based on "priority"
         *   When no explicit priority is provided on the condition itself, the condition's priority is determine by its fact
         * @param  {Condition[]} conditions
         * @return {Condition[][]} prioritized two-dimensional array of conditions
         *    Each outer array element represents a single priority(integer).  Inner array is
         *    all conditions with that priority.
         */
      }, {
        key: "prioritizeConditions",
        value: function prioritizeConditions(conditions) {
          var _this2 = this;
          var factSets = conditions.reduce(function(sets, condition) {
            var priority = condition.priority;
            if (!priority) {
              var fact = _this2.engine.getFact(condition.fact);
              priority = fact && fact.priority || 1;
            }
            if (!sets[priority]) sets[priority] = [];
            sets[priority].push(condition);
            return sets;
          }, {});
          return Object.keys(factSets).sort(function(a, b) {
            return Number(a) > Number(b) ? -1 : 1;
          }).map(function(priority) {
            return factSets[priority];
          });
        }
        /**
         * Evaluates the rule, starting with the root boolean operator and recursing down
         * All evaluation is done within the context of an almanac
         * @return {Promise(RuleResult)} rule evaluation result
         */
      }, {
        key: "evaluate",
        value: function evaluate(almanac) {
          var _this3 = this;
          var ruleResult = new _ruleResult2.default(this.conditions, this.ruleEvent, this.priority, this.name);
          var evaluateCondition = function evaluateCondition2(condition) {
            if (condition.isConditionReference()) {
              return realize(condition);
            } else if (condition.isBooleanOperator()) {
              var subConditions = condition[condition.operator];
              var comparisonPromise = void 0;
              if (condition.operator === "all") {
                comparisonPromise = all(subConditions);
              } else if (condition.operator === "any") {
                comparisonPromise = any(subConditions);
              } else {
                comparisonPromise = not(subConditions);
              }
              return comparisonPromise.then(function(comparisonValue) {
                var passes = comparisonValue === true;
                condition.result = passes;
                return passes;
              });
            } else {
              return condition.evaluate(almanac, _this3.engine.operators).then(function(evaluationResult) {
                var passes = evaluationResult.result;
                condition.factResult = evaluationResult.leftHandSideValue;
                condition.valueResult = evaluationResult.rightHandSideValue;
                condition.result = passes;
                return passes;
              });
            }
          };
          var evaluateConditions = function evaluateConditions2(conditions, method) {
            if (!Array.isArray(conditions)) conditions = [conditions];
            return Promise.all(conditions.map(function(condition) {
              return evaluateCondition(condition);
            })).then(function(conditionResults) {
              (0, _debug2.default)("rule::evaluateConditions", { results: conditionResults });
              return method.call(conditionResults, function(result) {
                return result === true;
              });
            });
          };
          var prioritizeAndRun = function prioritizeAndRun2(conditions, operator) {
            if (conditions.length === 0) {
              return Promise.resolve(true);
            }
            if (conditions.length === 1) {
              return evaluateCondition(conditions[0]);
            }
            var orderedSets = _this3.prioritizeConditions(conditions);
            var cursor = Promise.resolve(operator === "all");
            var _loop = function _loop2(i2) {
              var set = orderedSets[i2];
              cursor = cursor.then(function(setResult) {
                return operator === "any" ? setResult || evaluateConditions(set, Array.prototype.some) : setResult && evaluateConditions(set, Array.prototype.every);
              });
            };
            for (var i = 0; i < orderedSets.length; i++) {
              _loop(i);
            }
            return cursor;
          };
          var any = function any2(conditions) {
            return prioritizeAndRun(conditions, "any");
          };
          var all = function all2(conditions) {
            return prioritizeAndRun(conditions, "all");
          };
          var not = function not2(condition) {
            return prioritizeAndRun([condition], "not").then(function(result) {
              return !result;
            });
          };
          var realize = function realize2(conditionReference) {
            var condition = _this3.engine.conditions.get(conditionReference.condition);
            if (!condition) {
              if (_this3.engine.allowUndefinedConditions) {
                conditionReference.result = false;
                return Promise.resolve(false);
              } else {
                throw new Error("No condition " + conditionReference.condition + " exists");
              }
            } else {
              delete conditionReference.condition;
              Object.assign(conditionReference, (0, _clone2.default)(condition));
              return evaluateCondition(conditionReference);
            }
          };
          var processResult = function processResult2(result) {
            ruleResult.setResult(result);
            var processEvent = Promise.resolve();
            if (_this3.engine.replaceFactsInEventParams) {
              processEvent = ruleResult.resolveEventParams(almanac);
            }
            var event = result ? "success" : "failure";
            return processEvent.then(function() {
              return _this3.emitAsync(event, ruleResult.event, almanac, ruleResult);
            }).then(function() {
              return ruleResult;
            });
          };
          if (ruleResult.conditions.any) {
            return any(ruleResult.conditions.any).then(function(result) {
              return processResult(result);
            });
          } else if (ruleResult.conditions.all) {
            return all(ruleResult.conditions.all).then(function(result) {
              return processResult(result);
            });
          } else if (ruleResult.conditions.not) {
            return not(ruleResult.conditions.not).then(function(result) {
              return processResult(result);
            });
          } else {
            return realize(ruleResult.conditions).then(function(result) {
              return processResult(result);
            });
          }
        }
      }]);
      return Rule2;
    })(_eventemitter2.default);
    exports.default = Rule;
  }
});

// node_modules/json-rules-engine/dist/errors.js
var require_errors = __commonJS({
  "node_modules/json-rules-engine/dist/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    function _possibleConstructorReturn(self, call) {
      if (!self) {
        throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
      }
      return call && (typeof call === "object" || typeof call === "function") ? call : self;
    }
    function _inherits(subClass, superClass) {
      if (typeof superClass !== "function" && superClass !== null) {
        throw new TypeError("Super expression must either be null or a function, not " + typeof superClass);
      }
      subClass.prototype = Object.create(superClass && superClass.prototype, { constructor: { value: subClass, enumerable: false, writable: true, configurable: true } });
      if (superClass) Object.setPrototypeOf ? Object.setPrototypeOf(subClass, superClass) : subClass.__proto__ = superClass;
    }
    var UndefinedFactError = exports.UndefinedFactError = (function(_Error) {
      _inherits(UndefinedFactError2, _Error);
      function UndefinedFactError2() {
        var _ref;
        _classCallCheck(this, UndefinedFactError2);
        for (var _len = arguments.length, props = Array(_len), _key = 0; _key < _len; _key++) {
          props[_key] = arguments[_key];
        }
        var _this = _possibleConstructorReturn(this, (_ref = UndefinedFactError2.__proto__ || Object.getPrototypeOf(UndefinedFactError2)).call.apply(_ref, [this].concat(props)));
        _this.code = "UNDEFINED_FACT";
        return _this;
      }
      return UndefinedFactError2;
    })(Error);
  }
});

// node_modules/jsonpath-plus/dist/index-node-cjs.cjs
var require_index_node_cjs = __commonJS({
  "node_modules/jsonpath-plus/dist/index-node-cjs.cjs"(exports) {
    "use strict";
    var vm = __require("node:vm");
    var Hooks = class {
      /**
       * @callback HookCallback
       * @this {*|Jsep} this
       * @param {Jsep} env
       * @returns: void
       */
      /**
       * Adds the given callback to the list of callbacks for the given hook.
       *
       * The callback will be invoked when the hook it is registered for is run.
       *
       * One callback function can be registered to multiple hooks and the same hook multiple times.
       *
       * @param {string|object} name The name of the hook, or an object of callbacks keyed by name
       * @param {HookCallback|boolean} callback The callback function which is given environment variables.
       * @param {?boolean} [first=false] Will add the hook to the top of the list (defaults to the bottom)
       * @public
       */
      add(name, callback, first) {
        if (typeof arguments[0] != "string") {
          for (let name2 in arguments[0]) {
            this.add(name2, arguments[0][name2], arguments[1]);
          }
        } else {
          (Array.isArray(name) ? name : [name]).forEach(function(name2) {
            this[name2] = this[name2] || [];
            if (callback) {
              this[name2][first ? "unshift" : "push"](callback);
            }
          }, this);
        }
      }
      /**
       * Runs a hook invoking all registered callbacks with the given environment variables.
       *
       * Callbacks will be invoked synchronously and in the order in which they were registered.
       *
       * @param {string} name The name of the hook.
       * @param {Object<string, any>} env The environment variables of the hook passed to all callbacks registered.
       * @public
       */
      run(name, env) {
        this[name] = this[name] || [];
        this[name].forEach(function(callback) {
          callback.call(env && env.context ? env.context : env, env);
        });
      }
    };
    var Plugins = class {
      constructor(jsep2) {
        this.jsep = jsep2;
        this.registered = {};
      }
      /**
       * @callback PluginSetup
       * @this {Jsep} jsep
       * @returns: void
       */
      /**
       * Adds the given plugin(s) to the registry
       *
       * @param {object} plugins
       * @param {string} plugins.name The name of the plugin
       * @param {PluginSetup} plugins.init The init function
       * @public
       */
      register(...plugins) {
        plugins.forEach((plugin2) => {
          if (typeof plugin2 !== "object" || !plugin2.name || !plugin2.init) {
            throw new Error("Invalid JSEP plugin format");
          }
          if (this.registered[plugin2.name]) {
            return;
          }
          plugin2.init(this.jsep);
          this.registered[plugin2.name] = plugin2;
        });
      }
    };
    var Jsep = class _Jsep {
      /**
       * @returns {string}
       */
      static get version() {
        return "1.6.0";
      }
      /**
       * @returns {string}
       */
      static toString() {
        return "JavaScript Expression Parser (JSEP) v" + _Jsep.version;
      }
      // ==================== CONFIG ================================
      /**
       * @method addUnaryOp
       * @param {string} op_name The name of the unary op to add
       * @returns {Jsep}
       */
      static addUnaryOp(op_name) {
        _Jsep.max_unop_len = Math.max(op_name.length, _Jsep.max_unop_len);
        _Jsep.unary_ops[op_name] = 1;
        return _Jsep;
      }
      /**
       * @method jsep.addBinaryOp
       * @param {string} op_name The name of the binary op to add
       * @param {number} precedence The precedence of the binary op (can be a float). Higher number = higher precedence
       * @param {boolean} [isRightAssociative=false] whether operator is right-associative
       * @returns {Jsep}
       */
      static addBinaryOp(op_name, precedence, isRightAssociative) {
        _Jsep.max_binop_len = Math.max(op_name.length, _Jsep.max_binop_len);
        _Jsep.binary_ops[op_name] = precedence;
        if (isRightAssociative) {
          _Jsep.right_associative.add(op_name);
        } else {
          _Jsep.right_associative.delete(op_name);
        }
        return _Jsep;
      }
      /**
       * @method addIdentifierChar
       * @param {string} char The additional character to treat as a valid part of an identifier
       * @returns {Jsep}
       */
      static addIdentifierChar(char) {
        _Jsep.additional_identifier_chars.add(char);
        return _Jsep;
      }
      /**
       * @method addLiteral
       * @param {string} literal_name The name of the literal to add
       * @param {*} literal_value The value of the literal
       * @returns {Jsep}
       */
      static addLiteral(literal_name, literal_value) {
        _Jsep.literals[literal_name] = literal_value;
        return _Jsep;
      }
      /**
       * @method removeUnaryOp
       * @param {string} op_name The name of the unary op to remove
       * @returns {Jsep}
       */
      static removeUnaryOp(op_name) {
        delete _Jsep.unary_ops[op_name];
        if (op_name.length === _Jsep.max_unop_len) {
          _Jsep.max_unop_len = _Jsep.getMaxKeyLen(_Jsep.unary_ops);
        }
        return _Jsep;
      }
      /**
       * @method removeAllUnaryOps
       * @returns {Jsep}
       */
      static removeAllUnaryOps() {
        _Jsep.unary_ops = {};
        _Jsep.max_unop_len = 0;
        return _Jsep;
      }
      /**
       * @method removeIdentifierChar
       * @param {string} char The additional character to stop treating as a valid part of an identifier
       * @returns {Jsep}
       */
      static removeIdentifierChar(char) {
        _Jsep.additional_identifier_chars.delete(char);
        return _Jsep;
      }
      /**
       * @method removeBinaryOp
       * @param {string} op_name The name of the binary op to remove
       * @returns {Jsep}
       */
      static removeBinaryOp(op_name) {
        delete _Jsep.binary_ops[op_name];
        if (op_name.length === _Jsep.max_binop_len) {
          _Jsep.max_binop_len = _Jsep.getMaxKeyLen(_Jsep.binary_ops);
        }
        _Jsep.right_associative.delete(op_name);
        return _Jsep;
      }
      /**
       * @method removeAllBinaryOps
       * @returns {Jsep}
       */
      static removeAllBinaryOps() {
        _Jsep.binary_ops = {};
        _Jsep.max_binop_len = 0;
        return _Jsep;
      }
      /**
       * @method removeLiteral
       * @param {string} literal_name The name of the literal to remove
       * @returns {Jsep}
       */
      static removeLiteral(literal_name) {
        delete _Jsep.literals[literal_name];
        return _Jsep;
      }
      /**
       * @method removeAllLiterals
       * @returns {Jsep}
       */
      static removeAllLiterals() {
        _Jsep.literals = {};
        return _Jsep;
      }
      // ==================== END CONFIG ============================
      /**
       * @returns {string}
       */
      get char() {
        return this.expr.charAt(this.index);
      }
      /**
       * @returns {number}
       */
      get code() {
        return this.expr.charCodeAt(this.index);
      }
      /**
       * @param {string} expr a string with the passed in express
       * @returns Jsep
       */
      constructor(expr) {
        this.expr = expr;
        this.index = 0;
      }
      /**
       * static top-level parser
       * @returns {jsep.Expression}
       */
      static parse(expr) {
        return new _Jsep(expr).parse();
      }
      /**
       * Get the longest key length of any object
       * @param {object} obj
       * @returns {number}
       */
      static getMaxKeyLen(obj) {
        return Math.max(0, ...Object.keys(obj).map((k) => k.length));
      }
      /**
       * `ch` is a character code in the next three functions
       * @param {number} ch
       * @returns {boolean}
       */
      static isDecimalDigit(ch) {
        return ch >= 48 && ch <= 57;
      }
      /**
       * Returns the precedence of a binary operator or `0` if it isn't a binary operator. Can be float.
       * @param {string} op_val
       * @returns {number}
       */
      static binaryPrecedence(op_val) {
        return _Jsep.binary_ops[op_val] || 0;
      }
      /**
       * Looks for start of identifier
       * @param {number} ch
       * @returns {boolean}
       */
      static isIdentifierStart(ch) {
        return ch >= 65 && ch <= 90 || // A...Z
        ch >= 97 && ch <= 122 || // a...z
        ch >= 128 && !_Jsep.binary_ops[String.fromCharCode(ch)] || // any non-ASCII that is not an operator
        _Jsep.additional_identifier_chars.has(String.fromCharCode(ch));
      }
      /**
       * @param {number} ch
       * @returns {boolean}
       */
      static isIdentifierPart(ch) {
        return _Jsep.isIdentifierStart(ch) || _Jsep.isDecimalDigit(ch);
      }
      /**
       * throw error at index of the expression
       * @param {string} message
       * @throws
       */
      throwError(message) {
        const error = new Error(message + " at character " + this.index);
        error.index = this.index;
        error.description = message;
        throw error;
      }
      /**
       * Run a given hook
       * @param {string} name
       * @param {jsep.Expression|false} [node]
       * @returns {?jsep.Expression}
       */
      runHook(name, node) {
        if (_Jsep.hooks[name]) {
          const env = {
            context: this,
            node
          };
          _Jsep.hooks.run(name, env);
          return env.node;
        }
        return node;
      }
      /**
       * Runs a given hook until one returns a node
       * @param {string} name
       * @returns {?jsep.Expression}
       */
      searchHook(name) {
        if (_Jsep.hooks[name]) {
          const env = {
            context: this
          };
          _Jsep.hooks[name].find(function(callback) {
            callback.call(env.context, env);
            return env.node;
          });
          return env.node;
        }
      }
      /**
       * Push `index` up to the next non-space character
       */
      gobbleSpaces() {
        let ch = this.code;
        while (ch === _Jsep.SPACE_CODE || ch === _Jsep.TAB_CODE || ch === _Jsep.LF_CODE || ch === _Jsep.CR_CODE) {
          ch = this.expr.charCodeAt(++this.index);
        }
        this.runHook("gobble-spaces");
      }
      /**
       * Top-level method to parse all expressions and returns compound or single node
       * @returns {jsep.Expression}
       */
      parse() {
        this.runHook("before-all");
        const nodes = this.gobbleExpressions();
        const node = nodes.length === 1 ? nodes[0] : {
          type: _Jsep.COMPOUND,
          body: nodes
        };
        return this.runHook("after-all", node);
      }
      /**
       * top-level parser (but can be reused within as well)
       * @param {number} [untilICode]
       * @returns {jsep.Expression[]}
       */
      gobbleExpressions(untilICode) {
        let nodes = [], ch_i, node;
        while (this.index < this.expr.length) {
          ch_i = this.code;
          if (ch_i === _Jsep.SEMCOL_CODE || ch_i === _Jsep.COMMA_CODE) {
            this.index++;
          } else {
            if (node = this.gobbleExpression()) {
              nodes.push(node);
            } else if (this.index < this.expr.length) {
              if (ch_i === untilICode) {
                break;
              }
              this.throwError('Unexpected "' + this.char + '"');
            }
          }
        }
        return nodes;
      }
      /**
       * The main parsing function.
       * @returns {?jsep.Expression}
       */
      gobbleExpression() {
        const node = this.searchHook("gobble-expression") || this.gobbleBinaryExpression();
        this.gobbleSpaces();
        return this.runHook("after-expression", node);
      }
      /**
       * Search for the operation portion of the string (e.g. `+`, `===`)
       * Start by taking the longest possible binary operations (3 characters: `===`, `!==`, `>>>`)
       * and move down from 3 to 2 to 1 character until a matching binary operation is found
       * then, return that binary operation
       * @returns {string|boolean}
       */
      gobbleBinaryOp() {
        this.gobbleSpaces();
        let to_check = this.expr.substr(this.index, _Jsep.max_binop_len);
        let tc_len = to_check.length;
        while (tc_len > 0) {
          if (_Jsep.binary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
            this.index += tc_len;
            return to_check;
          }
          to_check = to_check.substr(0, --tc_len);
        }
        return false;
      }
      /**
       * This function is responsible for gobbling an individual expression,
       * e.g. `1`, `1+2`, `a+(b*2)-Math.sqrt(2)`
       * @returns {?jsep.BinaryExpression}
       */
      gobbleBinaryExpression() {
        let node, biop, prec, stack, biop_info, left, right, i, cur_biop;
        left = this.gobbleToken();
        if (!left) {
          return left;
        }
        biop = this.gobbleBinaryOp();
        if (!biop) {
          return left;
        }
        biop_info = {
          value: biop,
          prec: _Jsep.binaryPrecedence(biop),
          right_a: _Jsep.right_associative.has(biop)
        };
        right = this.gobbleToken();
        if (!right) {
          this.throwError("Expected expression after " + biop);
        }
        stack = [left, biop_info, right];
        while (biop = this.gobbleBinaryOp()) {
          prec = _Jsep.binaryPrecedence(biop);
          if (prec === 0) {
            this.index -= biop.length;
            break;
          }
          biop_info = {
            value: biop,
            prec,
            right_a: _Jsep.right_associative.has(biop)
          };
          cur_biop = biop;
          const comparePrev = (prev) => biop_info.right_a && prev.right_a ? prec > prev.prec : prec <= prev.prec;
          while (stack.length > 2 && comparePrev(stack[stack.length - 2])) {
            right = stack.pop();
            biop = stack.pop().value;
            left = stack.pop();
            node = {
              type: _Jsep.BINARY_EXP,
              operator: biop,
              left,
              right
            };
            stack.push(node);
          }
          node = this.gobbleToken();
          if (!node) {
            this.throwError("Expected expression after " + cur_biop);
          }
          stack.push(biop_info, node);
        }
        i = stack.length - 1;
        node = stack[i];
        while (i > 1) {
          node = {
            type: _Jsep.BINARY_EXP,
            operator: stack[i - 1].value,
            left: stack[i - 2],
            right: node
          };
          i -= 2;
        }
        return node;
      }
      /**
       * An individual part of a binary expression:
       * e.g. `foo.bar(baz)`, `1`, `"abc"`, `(a % 2)` (because it's in parenthesis)
       * @returns {boolean|jsep.Expression}
       */
      gobbleToken() {
        let ch, to_check, tc_len, node;
        this.gobbleSpaces();
        node = this.searchHook("gobble-token");
        if (node) {
          return this.runHook("after-token", node);
        }
        ch = this.code;
        if (_Jsep.isDecimalDigit(ch) || ch === _Jsep.PERIOD_CODE) {
          return this.gobbleNumericLiteral();
        }
        if (ch === _Jsep.SQUOTE_CODE || ch === _Jsep.DQUOTE_CODE) {
          node = this.gobbleStringLiteral();
        } else if (ch === _Jsep.OBRACK_CODE) {
          node = this.gobbleArray();
        } else {
          to_check = this.expr.substr(this.index, _Jsep.max_unop_len);
          tc_len = to_check.length;
          while (tc_len > 0) {
            if (_Jsep.unary_ops.hasOwnProperty(to_check) && (!_Jsep.isIdentifierStart(this.code) || this.index + to_check.length < this.expr.length && !_Jsep.isIdentifierPart(this.expr.charCodeAt(this.index + to_check.length)))) {
              this.index += tc_len;
              const argument = this.gobbleToken();
              if (!argument) {
                this.throwError("missing unaryOp argument");
              }
              return this.runHook("after-token", {
                type: _Jsep.UNARY_EXP,
                operator: to_check,
                argument,
                prefix: true
              });
            }
            to_check = to_check.substr(0, --tc_len);
          }
          if (_Jsep.isIdentifierStart(ch)) {
            node = this.gobbleIdentifier();
            if (_Jsep.literals.hasOwnProperty(node.name)) {
              node = {
                type: _Jsep.LITERAL,
                value: _Jsep.literals[node.name],
                raw: node.name
              };
            } else if (node.name === _Jsep.this_str) {
              node = {
                type: _Jsep.THIS_EXP
              };
            }
          } else if (ch === _Jsep.OPAREN_CODE) {
            node = this.gobbleGroup();
          }
        }
        if (!node) {
          return this.runHook("after-token", false);
        }
        node = this.gobbleTokenProperty(node);
        return this.runHook("after-token", node);
      }
      /**
       * Gobble properties of of identifiers/strings/arrays/groups.
       * e.g. `foo`, `bar.baz`, `foo['bar'].baz`
       * It also gobbles function calls:
       * e.g. `Math.acos(obj.angle)`
       * @param {jsep.Expression} node
       * @returns {jsep.Expression}
       */
      gobbleTokenProperty(node) {
        this.gobbleSpaces();
        let ch = this.code;
        while (ch === _Jsep.PERIOD_CODE || ch === _Jsep.OBRACK_CODE || ch === _Jsep.OPAREN_CODE || ch === _Jsep.QUMARK_CODE) {
          let optional;
          if (ch === _Jsep.QUMARK_CODE) {
            if (this.expr.charCodeAt(this.index + 1) !== _Jsep.PERIOD_CODE) {
              break;
            }
            optional = true;
            this.index += 2;
            this.gobbleSpaces();
            ch = this.code;
          }
          this.index++;
          if (ch === _Jsep.OBRACK_CODE) {
            node = {
              type: _Jsep.MEMBER_EXP,
              computed: true,
              object: node,
              property: this.gobbleExpression()
            };
            if (!node.property) {
              this.throwError('Unexpected "' + this.char + '"');
            }
            this.gobbleSpaces();
            ch = this.code;
            if (ch !== _Jsep.CBRACK_CODE) {
              this.throwError("Unclosed [");
            }
            this.index++;
          } else if (ch === _Jsep.OPAREN_CODE) {
            node = {
              type: _Jsep.CALL_EXP,
              "arguments": this.gobbleArguments(_Jsep.CPAREN_CODE),
              callee: node
            };
          } else if (ch === _Jsep.PERIOD_CODE || optional) {
            if (optional) {
              this.index--;
            }
            this.gobbleSpaces();
            node = {
              type: _Jsep.MEMBER_EXP,
              computed: false,
              object: node,
              property: this.gobbleIdentifier()
            };
          }
          if (optional) {
            node.optional = true;
          }
          this.gobbleSpaces();
          ch = this.code;
        }
        return node;
      }
      /**
       * Parse simple numeric literals: `12`, `3.4`, `.5`. Do this by using a string to
       * keep track of everything in the numeric literal and then calling `parseFloat` on that string
       * @returns {jsep.Literal}
       */
      gobbleNumericLiteral() {
        let number = "", ch, chCode;
        while (_Jsep.isDecimalDigit(this.code)) {
          number += this.expr.charAt(this.index++);
        }
        if (this.code === _Jsep.PERIOD_CODE) {
          number += this.expr.charAt(this.index++);
          while (_Jsep.isDecimalDigit(this.code)) {
            number += this.expr.charAt(this.index++);
          }
        }
        ch = this.char;
        if (ch === "e" || ch === "E") {
          number += this.expr.charAt(this.index++);
          ch = this.char;
          if (ch === "+" || ch === "-") {
            number += this.expr.charAt(this.index++);
          }
          while (_Jsep.isDecimalDigit(this.code)) {
            number += this.expr.charAt(this.index++);
          }
          if (!_Jsep.isDecimalDigit(this.expr.charCodeAt(this.index - 1))) {
            this.throwError("Expected exponent (" + number + this.char + ")");
          }
        }
        chCode = this.code;
        if (_Jsep.isIdentifierStart(chCode)) {
          this.throwError("Variable names cannot start with a number (" + number + this.char + ")");
        } else if (chCode === _Jsep.PERIOD_CODE || number.length === 1 && number.charCodeAt(0) === _Jsep.PERIOD_CODE) {
          this.throwError("Unexpected period");
        }
        return {
          type: _Jsep.LITERAL,
          value: parseFloat(number),
          raw: number
        };
      }
      /**
       * Parses a string literal, staring with single or double quotes with basic support for escape codes
       * e.g. `"hello world"`, `'this is\nJSEP'`
       * @returns {jsep.Literal}
       */
      gobbleStringLiteral() {
        let str = "";
        const startIndex = this.index;
        const quote = this.expr.charAt(this.index++);
        let closed = false;
        while (this.index < this.expr.length) {
          let ch = this.expr.charAt(this.index++);
          if (ch === quote) {
            closed = true;
            break;
          } else if (ch === "\\") {
            ch = this.expr.charAt(this.index++);
            switch (ch) {
              case "n":
                str += "\n";
                break;
              case "r":
                str += "\r";
                break;
              case "t":
                str += "	";
                break;
              case "b":
                str += "\b";
                break;
              case "f":
                str += "\f";
                break;
              case "v":
                str += "\v";
                break;
              default:
                str += ch;
            }
          } else {
            str += ch;
          }
        }
        if (!closed) {
          this.throwError('Unclosed quote after "' + str + '"');
        }
        return {
          type: _Jsep.LITERAL,
          value: str,
          raw: this.expr.substring(startIndex, this.index)
        };
      }
      /**
       * Gobbles only identifiers
       * e.g.: `foo`, `_value`, `$x1`
       * Also, this function checks if that identifier is a literal:
       * (e.g. `true`, `false`, `null`) or `this`
       * @returns {jsep.Identifier}
       */
      gobbleIdentifier() {
        let ch = this.code, start = this.index;
        if (_Jsep.isIdentifierStart(ch)) {
          this.index++;
        } else {
          this.throwError("Unexpected " + this.char);
        }
        while (this.index < this.expr.length) {
          ch = this.code;
          if (_Jsep.isIdentifierPart(ch)) {
            this.index++;
          } else {
            break;
          }
        }
        return {
          type: _Jsep.IDENTIFIER,
          name: this.expr.slice(start, this.index)
        };
      }
      /**
       * Gobbles a list of arguments within the context of a function call
       * or array literal. This function also assumes that the opening character
       * `(` or `[` has already been gobbled, and gobbles expressions and commas
       * until the terminator character `)` or `]` is encountered.
       * e.g. `foo(bar, baz)`, `my_func()`, or `[bar, baz]`
       * @param {number} termination
       * @returns {jsep.Expression[]}
       */
      gobbleArguments(termination) {
        const args = [];
        let closed = false;
        let separator_count = 0;
        while (this.index < this.expr.length) {
          this.gobbleSpaces();
          let ch_i = this.code;
          if (ch_i === termination) {
            closed = true;
            this.index++;
            if (termination === _Jsep.CPAREN_CODE && separator_count && separator_count >= args.length) {
              this.throwError("Unexpected token " + String.fromCharCode(termination));
            }
            break;
          } else if (ch_i === _Jsep.COMMA_CODE) {
            this.index++;
            separator_count++;
            if (separator_count !== args.length) {
              if (termination === _Jsep.CPAREN_CODE) {
                this.throwError("Unexpected token ,");
              } else if (termination === _Jsep.CBRACK_CODE) {
                for (let arg = args.length; arg < separator_count; arg++) {
                  args.push(null);
                }
              }
            }
          } else if (args.length !== separator_count && separator_count !== 0) {
            this.throwError("Expected comma");
          } else {
            const node = this.gobbleExpression();
            if (!node || node.type === _Jsep.COMPOUND) {
              this.throwError("Expected comma");
            }
            args.push(node);
          }
        }
        if (!closed) {
          this.throwError("Expected " + String.fromCharCode(termination));
        }
        return args;
      }
      /**
       * Responsible for parsing a group of things within parentheses `()`
       * that have no identifier in front (so not a function call)
       * This function assumes that it needs to gobble the opening parenthesis
       * and then tries to gobble everything within that parenthesis, assuming
       * that the next thing it should see is the close parenthesis. If not,
       * then the expression probably doesn't have a `)`
       * @returns {boolean|jsep.Expression}
       */
      gobbleGroup() {
        this.index++;
        let nodes = this.gobbleExpressions(_Jsep.CPAREN_CODE);
        if (this.code === _Jsep.CPAREN_CODE) {
          this.index++;
          if (nodes.length === 1) {
            return nodes[0];
          } else if (!nodes.length) {
            return false;
          } else {
            return {
              type: _Jsep.SEQUENCE_EXP,
              expressions: nodes
            };
          }
        } else {
          this.throwError("Unclosed (");
        }
      }
      /**
       * Responsible for parsing Array literals `[1, 2, 3]`
       * This function assumes that it needs to gobble the opening bracket
       * and then tries to gobble the expressions as arguments.
       * @returns {jsep.ArrayExpression}
       */
      gobbleArray() {
        this.index++;
        return {
          type: _Jsep.ARRAY_EXP,
          elements: this.gobbleArguments(_Jsep.CBRACK_CODE)
        };
      }
    };
    var hooks = new Hooks();
    Object.assign(Jsep, {
      hooks,
      plugins: new Plugins(Jsep),
      // Node Types
      // ----------
      // This is the full set of types that any JSEP node can be.
      // Store them here to save space when minified
      COMPOUND: "Compound",
      SEQUENCE_EXP: "SequenceExpression",
      IDENTIFIER: "Identifier",
      MEMBER_EXP: "MemberExpression",
      LITERAL: "Literal",
      THIS_EXP: "ThisExpression",
      CALL_EXP: "CallExpression",
      UNARY_EXP: "UnaryExpression",
      BINARY_EXP: "BinaryExpression",
      ARRAY_EXP: "ArrayExpression",
      TAB_CODE: 9,
      LF_CODE: 10,
      CR_CODE: 13,
      SPACE_CODE: 32,
      PERIOD_CODE: 46,
      // '.'
      COMMA_CODE: 44,
      // ','
      SQUOTE_CODE: 39,
      // single quote
      DQUOTE_CODE: 34,
      // double quotes
      OPAREN_CODE: 40,
      // (
      CPAREN_CODE: 41,
      // )
      OBRACK_CODE: 91,
      // [
      CBRACK_CODE: 93,
      // ]
      QUMARK_CODE: 63,
      // ?
      SEMCOL_CODE: 59,
      // ;
      COLON_CODE: 58,
      // :
      // Operations
      // ----------
      // Use a quickly-accessible map to store all of the unary operators
      // Values are set to `1` (it really doesn't matter)
      unary_ops: {
        "-": 1,
        "!": 1,
        "~": 1,
        "+": 1
      },
      // Also use a map for the binary operations but set their values to their
      // binary precedence for quick reference (higher number = higher precedence)
      // see [Order of operations](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Operator_Precedence)
      binary_ops: {
        "||": 1,
        "??": 1,
        "&&": 2,
        "|": 3,
        "^": 4,
        "&": 5,
        "==": 6,
        "!=": 6,
        "===": 6,
        "!==": 6,
        "<": 7,
        ">": 7,
        "<=": 7,
        ">=": 7,
        "<<": 8,
        ">>": 8,
        ">>>": 8,
        "+": 9,
        "-": 9,
        "*": 10,
        "/": 10,
        "%": 10,
        "**": 11
      },
      // sets specific binary_ops as right-associative
      right_associative: /* @__PURE__ */ new Set(["**"]),
      // Additional valid identifier chars, apart from a-z, A-Z and 0-9 (except on the starting char)
      additional_identifier_chars: /* @__PURE__ */ new Set(["$", "_"]),
      // Literals
      // ----------
      // Store the values to return for the various literals we may encounter
      literals: {
        "true": true,
        "false": false,
        "null": null
      },
      // Except for `this`, which is special. This could be changed to something like `'self'` as well
      this_str: "this"
    });
    Jsep.max_unop_len = Jsep.getMaxKeyLen(Jsep.unary_ops);
    Jsep.max_binop_len = Jsep.getMaxKeyLen(Jsep.binary_ops);
    var jsep = (expr) => new Jsep(expr).parse();
    var stdClassProps = Object.getOwnPropertyNames(class Test {
    });
    Object.getOwnPropertyNames(Jsep).filter((prop) => !stdClassProps.includes(prop) && jsep[prop] === void 0).forEach((m) => {
      jsep[m] = Jsep[m];
    });
    jsep.Jsep = Jsep;
    var CONDITIONAL_EXP = "ConditionalExpression";
    var ternary = {
      name: "ternary",
      init(jsep2) {
        jsep2.hooks.add("after-expression", function gobbleTernary(env) {
          if (env.node && this.code === jsep2.QUMARK_CODE) {
            this.index++;
            const test = env.node;
            const consequent = this.gobbleExpression();
            if (!consequent) {
              this.throwError("Expected expression");
            }
            this.gobbleSpaces();
            if (this.code === jsep2.COLON_CODE) {
              this.index++;
              const alternate = this.gobbleExpression();
              if (!alternate) {
                this.throwError("Expected expression");
              }
              env.node = {
                type: CONDITIONAL_EXP,
                test,
                consequent,
                alternate
              };
              if (test.operator && jsep2.binary_ops[test.operator] <= 0.9) {
                let newTest = test;
                while (newTest.right.operator && jsep2.binary_ops[newTest.right.operator] <= 0.9) {
                  newTest = newTest.right;
                }
                env.node.test = newTest.right;
                newTest.right = env.node;
                env.node = test;
              }
            } else {
              this.throwError("Expected :");
            }
          }
        });
      }
    };
    jsep.plugins.register(ternary);
    var FSLASH_CODE = 47;
    var BSLASH_CODE = 92;
    var index = {
      name: "regex",
      init(jsep2) {
        jsep2.hooks.add("gobble-token", function gobbleRegexLiteral(env) {
          if (this.code === FSLASH_CODE) {
            const patternIndex = ++this.index;
            let inCharSet = false;
            while (this.index < this.expr.length) {
              if (this.code === FSLASH_CODE && !inCharSet) {
                const pattern = this.expr.slice(patternIndex, this.index);
                let flags = "";
                while (++this.index < this.expr.length) {
                  const code = this.code;
                  if (code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57) {
                    flags += this.char;
                  } else {
                    break;
                  }
                }
                let value;
                try {
                  value = new RegExp(pattern, flags);
                } catch (e) {
                  this.throwError(e.message);
                }
                env.node = {
                  type: jsep2.LITERAL,
                  value,
                  raw: this.expr.slice(patternIndex - 1, this.index)
                };
                env.node = this.gobbleTokenProperty(env.node);
                return env.node;
              }
              if (this.code === jsep2.OBRACK_CODE) {
                inCharSet = true;
              } else if (inCharSet && this.code === jsep2.CBRACK_CODE) {
                inCharSet = false;
              }
              this.index += this.code === BSLASH_CODE ? 2 : 1;
            }
            this.throwError("Unclosed Regex");
          }
        });
      }
    };
    var PLUS_CODE = 43;
    var MINUS_CODE = 45;
    var plugin = {
      name: "assignment",
      assignmentOperators: /* @__PURE__ */ new Set(["=", "*=", "**=", "/=", "%=", "+=", "-=", "<<=", ">>=", ">>>=", "&=", "^=", "|=", "||=", "&&=", "??="]),
      updateOperators: [PLUS_CODE, MINUS_CODE],
      assignmentPrecedence: 0.9,
      init(jsep2) {
        const updateNodeTypes = [jsep2.IDENTIFIER, jsep2.MEMBER_EXP];
        plugin.assignmentOperators.forEach((op) => jsep2.addBinaryOp(op, plugin.assignmentPrecedence, true));
        jsep2.hooks.add("gobble-token", function gobbleUpdatePrefix(env) {
          const code = this.code;
          if (plugin.updateOperators.some((c) => c === code && c === this.expr.charCodeAt(this.index + 1))) {
            this.index += 2;
            env.node = {
              type: "UpdateExpression",
              operator: code === PLUS_CODE ? "++" : "--",
              argument: this.gobbleTokenProperty(this.gobbleIdentifier()),
              prefix: true
            };
            if (!env.node.argument || !updateNodeTypes.includes(env.node.argument.type)) {
              this.throwError(`Unexpected ${env.node.operator}`);
            }
          }
        });
        jsep2.hooks.add("after-token", function gobbleUpdatePostfix(env) {
          if (env.node) {
            const code = this.code;
            if (plugin.updateOperators.some((c) => c === code && c === this.expr.charCodeAt(this.index + 1))) {
              if (!updateNodeTypes.includes(env.node.type)) {
                this.throwError(`Unexpected ${env.node.operator}`);
              }
              this.index += 2;
              env.node = {
                type: "UpdateExpression",
                operator: code === PLUS_CODE ? "++" : "--",
                argument: env.node,
                prefix: false
              };
            }
          }
        });
        jsep2.hooks.add("after-expression", function gobbleAssignment(env) {
          if (env.node) {
            updateBinariesToAssignments(env.node);
          }
        });
        function updateBinariesToAssignments(node) {
          if (plugin.assignmentOperators.has(node.operator)) {
            node.type = "AssignmentExpression";
            updateBinariesToAssignments(node.left);
            updateBinariesToAssignments(node.right);
          } else if (!node.operator) {
            Object.values(node).forEach((val) => {
              if (val && typeof val === "object") {
                updateBinariesToAssignments(val);
              }
            });
          }
        }
      }
    };
    jsep.plugins.register(index, plugin);
    jsep.addUnaryOp("typeof");
    jsep.addUnaryOp("void");
    jsep.addLiteral("null", null);
    jsep.addLiteral("undefined", void 0);
    var BLOCKED_PROTO_PROPERTIES = /* @__PURE__ */ new Set(["constructor", "__proto__", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"]);
    var BLOCKED_FUNCTIONS = new WeakSet([
      Function,
      // eslint-disable-next-line no-empty-function -- Only need the constructor
      function* () {
      }.constructor,
      // eslint-disable-next-line no-empty-function -- Only need the constructor
      async function() {
      }.constructor,
      // eslint-disable-next-line no-empty-function -- Only need the constructor
      async function* () {
      }.constructor,
      Function.prototype.call,
      Function.prototype.apply,
      Function.prototype.bind,
      Reflect.apply,
      Reflect.construct,
      ...[...BLOCKED_PROTO_PROPERTIES].map((name) => Reflect.get(Object.prototype, name)).filter((value) => typeof value === "function")
    ]);
    var isBlockedFunction = (value) => {
      return typeof value === "function" && BLOCKED_FUNCTIONS.has(value);
    };
    var getSafeProperty = (obj, prop) => {
      if (obj === void 0 || obj === null) {
        throw new TypeError(`Cannot read properties of ${obj} (reading '${prop}')`);
      }
      if (!Object.hasOwn(obj, prop) && BLOCKED_PROTO_PROPERTIES.has(prop)) {
        throw new TypeError(`Cannot read properties of ${obj} (reading '${prop}')`);
      }
      const result = (
        /** @type {Record<string, UnknownResult>} */
        obj[prop]
      );
      if (isBlockedFunction(result)) {
        throw new TypeError("Function constructor is disabled");
      }
      return result;
    };
    var BINOPS = Object.assign(
      /* @__PURE__ */ Object.create(null),
      /** @type {OperatorTable} */
      {
        "||": (a, b) => a || b(),
        "??": (a, b) => a ?? b(),
        "&&": (a, b) => a && b(),
        "|": (a, b) => a | b(),
        "^": (a, b) => a ^ b(),
        "&": (a, b) => a & b(),
        // eslint-disable-next-line eqeqeq -- API
        "==": (a, b) => a == b(),
        // eslint-disable-next-line eqeqeq -- API
        "!=": (a, b) => a != b(),
        "===": (a, b) => a === b(),
        "!==": (a, b) => a !== b(),
        "<": (a, b) => a < b(),
        ">": (a, b) => a > b(),
        "<=": (a, b) => a <= b(),
        ">=": (a, b) => a >= b(),
        "<<": (a, b) => a << b(),
        ">>": (a, b) => a >> b(),
        ">>>": (a, b) => a >>> b(),
        "+": (a, b) => a + b(),
        "-": (a, b) => a - b(),
        "*": (a, b) => a * b(),
        "/": (a, b) => a / b(),
        "%": (a, b) => a % b(),
        "**": (a, b) => a ** b()
      }
    );
    var UNOPS = Object.assign(
      /* @__PURE__ */ Object.create(null),
      /** @type {UnaryOperatorTable} */
      {
        "-": (a) => -/** @type {EvaluatedResult} */
        a,
        "!": (a) => !a,
        "~": (a) => ~/** @type {EvaluatedResult} */
        a,
        // eslint-disable-next-line no-implicit-coercion -- API
        "+": (a) => +/** @type {EvaluatedResult} */
        a,
        typeof: (a) => typeof a,
        void: () => void 0
      }
    );
    var SafeEval = {
      /**
       * @param {jsep.Expression} ast
       * @param {Substitutions} subs
       * @returns {UnknownResult}
       */
      evalAst(ast, subs) {
        switch (ast.type) {
          case "BinaryExpression":
          case "LogicalExpression":
            return SafeEval.evalBinaryExpression(
              /** @type {jsep.BinaryExpression} */
              ast,
              subs
            );
          case "Compound":
            return SafeEval.evalCompound(
              /** @type {jsep.Compound} */
              ast,
              subs
            );
          case "ConditionalExpression":
            return SafeEval.evalConditionalExpression(
              /** @type {jsep.ConditionalExpression} */
              ast,
              subs
            );
          case "Identifier":
            return SafeEval.evalIdentifier(
              /** @type {jsep.Identifier} */
              ast,
              subs
            );
          case "Literal":
            return SafeEval.evalLiteral(
              /** @type {jsep.Literal} */
              ast
            );
          case "MemberExpression":
            return SafeEval.evalMemberExpression(
              /** @type {jsep.MemberExpression} */
              ast,
              subs
            );
          case "UnaryExpression":
            return SafeEval.evalUnaryExpression(
              /** @type {jsep.UnaryExpression} */
              ast,
              subs
            );
          case "ArrayExpression":
            return SafeEval.evalArrayExpression(
              /** @type {jsep.ArrayExpression} */
              ast,
              subs
            );
          case "CallExpression":
            return SafeEval.evalCallExpression(
              /** @type {jsep.CallExpression} */
              ast,
              subs
            );
          case "AssignmentExpression":
            return SafeEval.evalAssignmentExpression(
              /** @type {AssignmentExpression} */
              ast,
              subs
            );
          default:
            throw new SyntaxError("Unexpected expression", {
              cause: ast
            });
        }
      },
      /**
       * @param {jsep.BinaryExpression} ast
       * @param {Substitutions} subs
       * @returns {UnknownResult}
       */
      evalBinaryExpression(ast, subs) {
        if (!Object.hasOwn(BINOPS, ast.operator)) {
          throw new SyntaxError(`Unknown binary operator: ${ast.operator}`);
        }
        const result = BINOPS[ast.operator](SafeEval.evalAst(ast.left, subs), () => SafeEval.evalAst(ast.right, subs));
        return result;
      },
      /**
       * @param {jsep.Compound} ast
       * @param {Substitutions} subs
       * @returns {UnknownResult}
       */
      evalCompound(ast, subs) {
        let last;
        for (let i = 0; i < ast.body.length; i++) {
          if (ast.body[i].type === "Identifier" && ["var", "let", "const"].includes(
            /** @type {jsep.Identifier} */
            ast.body[i].name
          ) && Object.hasOwn(ast.body, i + 1) && ast.body[i + 1].type === "AssignmentExpression") {
            i += 1;
          }
          const expr = ast.body[i];
          last = SafeEval.evalAst(expr, subs);
        }
        return last;
      },
      /**
       * @param {jsep.ConditionalExpression} ast
       * @param {Substitutions} subs
       * @returns {UnknownResult}
       */
      evalConditionalExpression(ast, subs) {
        return SafeEval.evalAst(ast.test, subs) ? SafeEval.evalAst(ast.consequent, subs) : SafeEval.evalAst(ast.alternate, subs);
      },
      /**
       * @param {jsep.Identifier} ast
       * @param {Substitutions} subs
       * @returns {UnknownResult}
       */
      evalIdentifier(ast, subs) {
        if (Object.hasOwn(subs, ast.name)) {
          return subs[ast.name];
        }
        throw new ReferenceError(`${ast.name} is not defined`);
      },
      /**
       * @param {jsep.Literal} ast
       * @returns {UnknownResult}
       */
      evalLiteral(ast) {
        return ast.value;
      },
      /**
       * @param {jsep.MemberExpression} ast
       * @param {Substitutions} subs
       * @returns {UnknownResult}
       */
      evalMemberExpression(ast, subs) {
        const prop = String(
          // NOTE: `String(value)` throws error when
          // value has overwritten the toString method to return non-string
          // i.e. `value = {toString: () => []}`
          ast.computed ? SafeEval.evalAst(ast.property, subs) : ast.property.name
          // `object.property` property is Identifier
        );
        const obj = SafeEval.evalAst(ast.object, subs);
        const result = getSafeProperty(obj, prop);
        if (typeof result === "function") {
          return result.bind(obj);
        }
        return result;
      },
      /**
       * @param {jsep.UnaryExpression} ast
       * @param {Substitutions} subs
       * @returns {UnknownResult}
       */
      evalUnaryExpression(ast, subs) {
        if (!Object.hasOwn(UNOPS, ast.operator)) {
          throw new SyntaxError(`Unknown unary operator: ${ast.operator}`);
        }
        const operand = SafeEval.evalAst(ast.argument, subs);
        return UNOPS[ast.operator](operand);
      },
      /**
       * @param {jsep.ArrayExpression} ast
       * @param {Substitutions} subs
       * @returns {UnknownResult}
       */
      evalArrayExpression(ast, subs) {
        return ast.elements.map((el) => SafeEval.evalAst(
          /** @type {jsep.Expression} */
          el,
          subs
        ));
      },
      /**
       * @param {jsep.CallExpression} ast
       * @param {Substitutions} subs
       * @returns {UnknownResult}
       */
      evalCallExpression(ast, subs) {
        const args = ast.arguments.map((arg) => SafeEval.evalAst(arg, subs));
        const func = SafeEval.evalAst(ast.callee, subs);
        if (isBlockedFunction(func) || args.some((arg) => isBlockedFunction(arg))) {
          throw new Error("Function constructor is disabled");
        }
        return (
          /** @type {(...args: AnyParameter[]) => UnknownResult} */
          func(...args)
        );
      },
      /**
       * @param {AssignmentExpression} ast
       * @param {Substitutions} subs
       * @returns {UnknownResult}
       */
      evalAssignmentExpression(ast, subs) {
        if (ast.left.type !== "Identifier") {
          throw new SyntaxError("Invalid left-hand side in assignment");
        }
        const id = (
          /** @type {jsep.Identifier} */
          ast.left.name
        );
        const value = SafeEval.evalAst(ast.right, subs);
        subs[id] = value;
        return subs[id];
      }
    };
    var SafeScript = class {
      /**
       * @param {string} expr Expression to evaluate
       */
      constructor(expr) {
        this.code = expr;
        this.ast = /** @type {unknown} */
        jsep(this.code);
      }
      /**
       * @param {object} context Object whose items will be added
       *   to evaluation
       * @returns {EvaluatedResult} Result of evaluated code
       */
      runInNewContext(context) {
        const keyMap = Object.assign(/* @__PURE__ */ Object.create(null), context);
        return SafeEval.evalAst(
          /** @type {jsep.Expression} */
          this.ast,
          keyMap
        );
      }
    };
    var toStringTag = (val) => {
      return Object.prototype.toString.call(val).slice(8, -1);
    };
    var scriptCache = /* @__PURE__ */ new Map();
    var pathCache = /* @__PURE__ */ new Map();
    function push(arr, item) {
      arr = arr.slice();
      arr.push(item);
      return arr;
    }
    function unshift(item, arr) {
      arr = arr.slice();
      arr.unshift(item);
      return arr;
    }
    function JSONPath(opts, expr, obj, callback, otherTypeCallback) {
      try {
        if (opts && typeof opts === "object") {
          return new JSONPathClass(opts);
        }
        return new JSONPathClass(
          opts,
          expr,
          /** @type {JSONPathCallback|undefined} */
          obj,
          /** @type {OtherTypeCallback|undefined} */
          callback,
          /** @type {undefined} */
          otherTypeCallback
        );
      } catch (e) {
        if (new.target) {
          throw e;
        }
        if (e && typeof e === "object" && "value" in e) {
          return (
            /** @type {{value: UnknownResult}} */
            e.value
          );
        }
        throw e;
      }
    }
    var JSONPathClass = class {
      /**
       * @overload
       * @param {string} opts JSON path to evaluate
       * @param {AnyInput} [expr] JSON object to evaluate against
       * @param {JSONPathCallback} [obj] Passed 3 arguments: 1) desired
       *     payload per `resultType`, 2) `"value"|"property"`, 3) Full returned
       *     object with all payloads
       * @param {OtherTypeCallback} [callback] If `@other()` is at the
       *   end of one's query, this will be invoked with the value of the item,
       *   its path, its parent, and its parent's property name, and it should
       *   return a boolean indicating whether the supplied value belongs to the
       *   "other" type or not (or it may handle transformations and return
       *   `false`).
       * @param {undefined} [otherTypeCallback]
       */
      /**
       * @overload
       * @param {JSONPathOptions} opts If a string, will be treated as
       *   `expr`
       */
      /**
       * @param {null|string|JSONPathOptions} opts If a string, will be treated as
       *   `expr`
       * @param {string|AnyInput} [expr] JSON path to evaluate
       * @param {AnyInput|JSONPathCallback} [obj] JSON object to evaluate against
       * @param {JSONPathCallback|OtherTypeCallback} [callback] Passed 3
       *     arguments: 1) desired payload per `resultType`,
       *     2) `"value"|"property"`, 3) Full returned
       *     object with all payloads
       * @param {OtherTypeCallback} [otherTypeCallback] If `@other()` is at the
       *   end of one's query, this will be invoked with the value of the item,
       *   its path, its parent, and its parent's property name, and it should
       *   return a boolean indicating whether the supplied value belongs to the
       *   "other" type or not (or it may handle transformations and return
       *   `false`).
       */
      constructor(opts, expr, obj, callback, otherTypeCallback) {
        if (typeof opts === "string") {
          otherTypeCallback = /** @type {OtherTypeCallback} */
          callback;
          callback = /** @type {JSONPathCallback} */
          obj;
          obj = expr;
          expr = opts;
          opts = null;
        }
        const optObj = opts && typeof opts === "object";
        opts ||= /** @type {JSONPathOptions} */
        {};
        this.currResultType = void 0;
        this.currEval = void 0;
        this.currOtherTypeCallback = void 0;
        this.currCustomTypes = void 0;
        this.currSandbox = void 0;
        this._hasParentSelector = false;
        this.json = opts.json || obj;
        this.path = opts.path || expr;
        this.resultType = opts.resultType || "value";
        this.flatten = Object.hasOwn(opts, "flatten") && opts.flatten;
        this.wrap = !Object.hasOwn(opts, "wrap") || opts.wrap;
        this.sandbox = opts.sandbox || {};
        this.eval = opts.eval === void 0 ? "safe" : opts.eval;
        this.ignoreEvalErrors = typeof opts.ignoreEvalErrors !== "undefined" && opts.ignoreEvalErrors;
        this.parent = Object.hasOwn(opts, "parent") ? opts.parent : null;
        this.parentProperty = Object.hasOwn(opts, "parentProperty") ? opts.parentProperty : null;
        this.callback = opts.callback || /** @type {JSONPathCallback} */
        callback || null;
        this.otherTypeCallback = opts.otherTypeCallback || otherTypeCallback || function() {
          throw new TypeError("You must supply an otherTypeCallback callback option with the @other() operator.");
        };
        this.customTypes = opts.customTypes || {};
        if (opts.autostart === false) {
          return;
        }
        const args = (
          /** @type {JSONPathOptions} */
          {
            path: optObj ? opts.path : expr
          }
        );
        if (!optObj && obj !== void 0) {
          args.json = obj;
        } else if ("json" in opts) {
          args.json = opts.json;
        }
        const ret = this.evaluate(args);
        if (!ret || typeof ret !== "object") {
          const err = (
            /** @type {Error & {value: UnknownResult}} */
            new Error('JSONPath should not be called with "new" (it prevents return of (unwrapped) scalar values)')
          );
          err.value = ret;
          throw err;
        }
        return ret;
      }
      // PUBLIC METHODS
      /**
       * @overload
       * @param {JSONPathOptions} [expr]
       * @returns {ReturnObject|ReturnObject[]|undefined|unknown}
       */
      /**
       * @overload
       * @param {PathType|undefined} [expr]
       * @param {AnyInput} [json]
       * @param {JSONPathCallback|null} [callback]
       * @param {OtherTypeCallback} [otherTypeCallback]
       * @returns {ReturnObject|ReturnObject[]|undefined|unknown}
       */
      /**
       * @param {PathType|JSONPathOptions|undefined} [expr]
       * @param {AnyInput} [json]
       * @param {JSONPathCallback|null} [callback]
       * @param {OtherTypeCallback} [otherTypeCallback]
       * @returns {ReturnObject|ReturnObject[]|undefined|unknown}
       */
      evaluate(expr, json, callback, otherTypeCallback) {
        let currParent = this.parent, currParentProperty = this.parentProperty;
        let {
          flatten,
          wrap
        } = this;
        this.currResultType = this.resultType;
        this.currEval = this.eval;
        this.currSandbox = this.sandbox;
        callback ||= this.callback;
        this.currOtherTypeCallback = otherTypeCallback || this.otherTypeCallback;
        this.currCustomTypes = this.customTypes;
        if (expr && typeof expr === "object" && !Array.isArray(expr)) {
          const exprObj = expr;
          if (!exprObj.path && exprObj.path !== "") {
            throw new TypeError('You must supply a "path" property when providing an object argument to JSONPath.evaluate().');
          }
          if (!Object.hasOwn(exprObj, "json")) {
            throw new TypeError('You must supply a "json" property when providing an object argument to JSONPath.evaluate().');
          }
          ({
            json
          } = exprObj);
          flatten = Object.hasOwn(exprObj, "flatten") ? exprObj.flatten : flatten;
          this.currResultType = Object.hasOwn(exprObj, "resultType") ? exprObj.resultType : this.currResultType;
          this.currSandbox = Object.hasOwn(exprObj, "sandbox") ? exprObj.sandbox : this.currSandbox;
          wrap = Object.hasOwn(exprObj, "wrap") ? exprObj.wrap : wrap;
          this.currEval = Object.hasOwn(exprObj, "eval") ? exprObj.eval : this.currEval;
          callback = Object.hasOwn(exprObj, "callback") ? exprObj.callback : callback;
          this.currOtherTypeCallback = Object.hasOwn(exprObj, "otherTypeCallback") ? exprObj.otherTypeCallback : this.currOtherTypeCallback;
          this.currCustomTypes = Object.hasOwn(exprObj, "customTypes") ? exprObj.customTypes : this.currCustomTypes;
          currParent = Object.hasOwn(exprObj, "parent") ? exprObj.parent : currParent;
          currParentProperty = Object.hasOwn(exprObj, "parentProperty") ? exprObj.parentProperty : currParentProperty;
          expr = exprObj.path;
        } else {
          json ||= this.json;
          expr ||= this.path;
        }
        currParent ||= null;
        currParentProperty ||= null;
        if (Array.isArray(expr)) {
          expr = JSONPath.toPathString(expr);
        }
        if (!json || !expr && expr !== "") {
          return void 0;
        }
        const exprList = JSONPath.toPathArray(
          /** @type {string} */
          expr
        );
        if (exprList[0] === "$" && exprList.length > 1) {
          exprList.shift();
        }
        this._hasParentSelector = false;
        const traceResult = this._trace(exprList, json, ["$"], currParent, currParentProperty, callback ?? void 0, void 0);
        const result = (Array.isArray(traceResult) ? traceResult : [traceResult]).filter((ea) => {
          return ea && !ea.isParentSelector;
        });
        if (!result.length) {
          return wrap ? [] : void 0;
        }
        if (!wrap && result.length === 1 && !result[0].hasArrExpr) {
          const preferredOutput = this._getPreferredOutput(result[0]);
          return preferredOutput;
        }
        const reduced = result.reduce(
          (rslt, ea) => {
            const valOrPath = this._getPreferredOutput(ea);
            if (flatten && Array.isArray(valOrPath)) {
              rslt = rslt.concat(valOrPath);
            } else {
              rslt.push(valOrPath);
            }
            return rslt;
          },
          /** @type {UnknownResult[]} */
          []
        );
        return reduced;
      }
      // PRIVATE METHODS
      /**
       * @param {ReturnObject} ea
       * @returns {PreferredOutput}
       */
      _getPreferredOutput(ea) {
        const resultType = this.currResultType;
        switch (resultType) {
          case "all": {
            const path = Array.isArray(ea.path) ? ea.path : JSONPath.toPathArray(ea.path);
            ea.pointer = JSONPath.toPointer(
              /** @type {string[]} */
              path
            );
            ea.path = typeof ea.path === "string" ? ea.path : JSONPath.toPathString(
              /** @type {string[]} */
              ea.path
            );
            return ea;
          }
          case "value":
          case "parent":
          case "parentProperty":
            return (
              /** @type {PreferredOutput} */
              ea[resultType]
            );
          case "path":
            if (typeof ea.path === "string") {
              return ea.path;
            }
            return JSONPath.toPathString(
              /** @type {string[]} */
              ea.path
            );
          case "pointer": {
            const pathArray = Array.isArray(ea.path) ? ea.path : JSONPath.toPathArray(ea.path);
            return JSONPath.toPointer(
              /** @type {string[]} */
              pathArray
            );
          }
          default:
            throw new TypeError("Unknown result type");
        }
      }
      /**
       * @param {ReturnObject} fullRetObj
       * @param {JSONPathCallback|undefined} callback
       * @param {"value"|"property"} type
       * @returns {void}
       */
      _handleCallback(fullRetObj, callback, type) {
        if (!callback) {
          return;
        }
        const preferredOutput = this._getPreferredOutput(fullRetObj);
        if (Array.isArray(fullRetObj.path)) {
          fullRetObj.path = JSONPath.toPathString(
            /** @type {string[]} */
            fullRetObj.path
          );
        }
        callback(preferredOutput, type, fullRetObj);
      }
      /**
       *
       * @param {ExpressionArray} expr
       * @param {unknown} val
       * @param {ExpressionArray} path
       * @param {ParentValue} parent
       * @param {ParentProperty} parentPropName
       * @param {JSONPathCallback|undefined} callback
       * @param {boolean|undefined} hasArrExpr
       * @param {boolean} [literalPriority]
       * @returns {ReturnObject|ReturnObject[]}
       */
      _trace(expr, val, path, parent, parentPropName, callback, hasArrExpr, literalPriority) {
        let retObj;
        if (!expr.length) {
          retObj = {
            path,
            value: val,
            parent,
            parentProperty: parentPropName,
            hasArrExpr
          };
          this._handleCallback(retObj, callback, "value");
          return retObj;
        }
        const loc = (
          /** @type {string} */
          expr[0]
        ), x = expr.slice(1);
        const ret = [];
        function addRet(elems) {
          if (Array.isArray(elems)) {
            elems.forEach((t) => {
              ret.push(t);
            });
          } else {
            ret.push(elems);
          }
        }
        if (val && (typeof loc !== "string" || literalPriority) && Object.hasOwn(
          val,
          /** @type {PropertyKey} */
          loc
        )) {
          const valObj = (
            /** @type {Record<string, unknown>} */
            val
          );
          addRet(this._trace(
            x,
            valObj[
              /** @type {string} */
              loc
            ],
            push(path, loc),
            val,
            /** @type {string|number} */
            loc,
            callback,
            hasArrExpr
          ));
        } else if (loc === "*") {
          this._walk(val, (m) => {
            const valObj = (
              /** @type {Record<string, unknown>} */
              val
            );
            addRet(this._trace(x, valObj[m], push(path, m), val, m, callback, true, true));
          });
        } else if (loc === "..") {
          addRet(this._trace(x, val, path, parent, parentPropName, callback, hasArrExpr));
          this._walk(val, (m) => {
            const valObj = (
              /** @type {Record<string, unknown>} */
              val
            );
            if (typeof valObj[m] === "object") {
              addRet(this._trace(expr.slice(), valObj[m], push(path, m), val, m, callback, true));
            }
          });
        } else if (loc === "^") {
          this._hasParentSelector = true;
          return (
            /** @type {ReturnObject} */
            {
              path: path.slice(0, -1),
              expr: x,
              isParentSelector: true,
              value: void 0,
              parent: void 0,
              parentProperty: null
            }
          );
        } else if (loc === "~") {
          retObj = {
            path: push(path, loc),
            value: parentPropName,
            parent,
            parentProperty: null
          };
          this._handleCallback(retObj, callback, "property");
          return retObj;
        } else if (loc === "$") {
          addRet(this._trace(x, val, path, null, null, callback, hasArrExpr));
        } else if (new RegExp("^(-?\\d*):(-?\\d*):?(-?\\d*)$", "v").test(loc)) {
          const sliceResult = this._slice(loc, x, val, path, parent, parentPropName, callback);
          if (sliceResult) {
            addRet(sliceResult);
          }
        } else if (loc.indexOf("?(") === 0) {
          if (this.currEval === false) {
            throw new Error("Eval [?(expr)] prevented in JSONPath expression.");
          }
          const safeLoc = loc.replace(new RegExp("^\\?\\((.*?)\\)$", "v"), "$1");
          const nested = new RegExp("@.?([^?]*)[\\['](\\??\\(.*?\\))(?!.\\)\\])[\\]']", "gv").exec(safeLoc);
          if (nested) {
            this._walk(val, (m) => {
              const npath = [nested[2]];
              const valObj2 = (
                /** @type {Record<string, unknown>} */
                val
              );
              const nvalue = (
                /** @type {ValueType} */
                nested[1] ? getSafeProperty(
                  /** @type {Record<string, unknown>} */
                  valObj2[m],
                  nested[1]
                ) : valObj2[m]
              );
              const filterResults = this._trace(npath, nvalue, path, parent, parentPropName, callback, true);
              const filterArray = Array.isArray(filterResults) ? filterResults : [filterResults];
              if (filterArray.length > 0) {
                addRet(this._trace(x, valObj2[m], push(path, m), val, m, callback, true));
              }
            });
          } else {
            const valObj3 = (
              /** @type {Record<string, unknown>} */
              val
            );
            this._walk(val, (m) => {
              if (this._eval(safeLoc, valObj3[m], m, path, parent, parentPropName)) {
                addRet(this._trace(x, valObj3[m], push(path, m), val, m, callback, true));
              }
            });
          }
        } else if (loc[0] === "(") {
          if (this.currEval === false) {
            throw new Error("Eval [(expr)] prevented in JSONPath expression.");
          }
          const evalResult = this._eval(
            /** @type {string} */
            loc,
            val,
            /** @type {string|number} */
            path.at(-1),
            path.slice(0, -1),
            parent,
            parentPropName
          );
          const exprToUse = (
            /** @type {string|number} */
            evalResult !== void 0 ? evalResult : ""
          );
          addRet(this._trace(unshift(exprToUse, x), val, path, parent, parentPropName, callback, hasArrExpr));
        } else if (loc[0] === "@") {
          let addType = false;
          const parenthIndex = loc.indexOf("(");
          const valueType = (
            /** @type {ValueType|string} */
            loc.slice(1, parenthIndex)
          );
          const lastParenth = loc.lastIndexOf(")");
          const argRaw = loc.slice(parenthIndex + 1, lastParenth);
          const arg = argRaw ? JSON.parse(argRaw) : void 0;
          switch (valueType) {
            case "scalar":
              addType = !val || !["object", "function"].includes(typeof val);
              break;
            case "boolean":
            case "string":
            case "undefined":
            case "function":
              addType = typeof val === valueType;
              break;
            case "integer":
              addType = Number.isFinite(val) && !/** @type {number} */
              (val % 1);
              break;
            case "number":
              addType = Number.isFinite(val);
              break;
            case "nonFinite":
              addType = typeof val === "number" && !Number.isFinite(val);
              break;
            case "object":
              addType = Boolean(val) && typeof val === valueType;
              break;
            case "array":
              addType = Array.isArray(val);
              break;
            case "other":
              addType = /** @type {OtherTypeCallback} */
              this.currOtherTypeCallback(val, path, parent, parentPropName, arg) || false;
              break;
            case "null":
              addType = val === null;
              break;
            case "symbol":
              addType = typeof val === "symbol";
              break;
            case "BigInt":
              addType = typeof val === "bigint";
              break;
            case "Promise":
              addType = toStringTag(val) === "Promise";
              break;
            case "jsonReference":
              addType = Boolean(val) && typeof val === "object" && Object.hasOwn(
                /** @type {object} */
                val,
                "$ref"
              );
              break;
            default:
              if (this.currCustomTypes && Object.hasOwn(this.currCustomTypes, valueType)) {
                addType = this.currCustomTypes[valueType](val, path, parent, parentPropName, arg) || false;
              } else {
                throw new TypeError("Unknown value type " + valueType);
              }
          }
          if (addType) {
            retObj = {
              path,
              value: val,
              parent,
              parentProperty: parentPropName
            };
            this._handleCallback(retObj, callback, "value");
            return retObj;
          }
        } else if (val && loc[0] === "`" && Object.hasOwn(val, loc.slice(1))) {
          const locProp = loc.slice(1);
          const valObj = (
            /** @type {Record<string, unknown>} */
            val
          );
          addRet(this._trace(x, valObj[locProp], push(path, locProp), val, locProp, callback, hasArrExpr, true));
        } else if (loc[0] === "'" || loc[0] === '"') {
          for (const [, single, double] of loc.matchAll(new RegExp(`'((?:\\\\.|[^'\\\\])*)'|"((?:\\\\.|[^"\\\\])*)"`, "gv"))) {
            const prop = (single ?? double).replaceAll(new RegExp(`\\\\(['"\\\\])`, "gv"), "$1");
            if (!val || !Object.hasOwn(val, prop)) {
              continue;
            }
            const valObj = (
              /** @type {Record<string, unknown>} */
              val
            );
            addRet(this._trace(x, valObj[prop], push(path, prop), val, prop, callback, true));
          }
        } else if (loc.includes(",")) {
          const parts = loc.split(",");
          for (const part of parts) {
            addRet(this._trace(unshift(part, x), val, path, parent, parentPropName, callback, true));
          }
        } else if (!literalPriority && val && Object.hasOwn(val, loc)) {
          const valObj = (
            /** @type {Record<string, unknown>} */
            val
          );
          addRet(this._trace(x, valObj[loc], push(path, loc), val, loc, callback, hasArrExpr, true));
        }
        if (this._hasParentSelector) {
          for (let t = 0; t < ret.length; t++) {
            const rett = ret[t];
            if (!rett || !rett.isParentSelector) {
              continue;
            }
            const exprToUse = (
              /** @type {ExpressionArray} */
              rett.expr
            );
            const pathToUse = (
              /** @type {ExpressionArray} */
              rett.path
            );
            const tmp = this._trace(exprToUse, val, pathToUse, parent, parentPropName, callback, hasArrExpr);
            if (Array.isArray(tmp)) {
              ret[t] = tmp[0];
              const tl = tmp.length;
              for (let tt = 1; tt < tl; tt++) {
                t++;
                ret.splice(t, 0, tmp[tt]);
              }
            } else {
              ret[t] = tmp;
            }
          }
        }
        return ret;
      }
      /**
       * @param {unknown} val
       * @param {(prop: string|number) => void} f
       * @returns {void}
       */
      _walk(val, f) {
        if (Array.isArray(val)) {
          const n = val.length;
          for (let i = 0; i < n; i++) {
            f(i);
          }
        } else if (val && typeof val === "object") {
          Object.keys(val).forEach((m) => {
            f(m);
          });
        }
      }
      /**
       * @param {string} loc
       * @param {ExpressionArray} expr
       * @param {unknown} val
       * @param {ExpressionArray} path
       * @param {ParentValue} parent
       * @param {ParentProperty} parentPropName
       * @param {JSONPathCallback|undefined} callback
       * @returns {ReturnObject[]|undefined}
       */
      _slice(loc, expr, val, path, parent, parentPropName, callback) {
        if (!Array.isArray(val)) {
          return void 0;
        }
        const len = val.length, parts = loc.split(":"), step = parts[2] ? Number(parts[2]) : 1;
        const ret = [];
        if (step === 0) {
          return ret;
        }
        const normalize = (index2) => index2 < 0 ? index2 + len : index2;
        const start = normalize(parts[0] ? Number(parts[0]) : step > 0 ? 0 : len - 1), end = normalize(parts[1] ? Number(parts[1]) : step > 0 ? len : -len - 1);
        const [from, to] = step > 0 ? [Math.min(Math.max(start, 0), len), Math.min(Math.max(end, 0), len)] : [Math.min(Math.max(start, -1), len - 1), Math.min(Math.max(end, -1), len - 1)];
        for (let i = from; step > 0 ? i < to : i > to; i += step) {
          const tmp = this._trace(unshift(i, expr), val, path, parent, parentPropName, callback, true);
          const tmpArray = Array.isArray(tmp) ? tmp : [tmp];
          tmpArray.forEach((t) => {
            ret.push(t);
          });
        }
        return ret;
      }
      /**
       * @param {string} code
       * @param {unknown} _v
       * @param {string|number} _vname
       * @param {ExpressionArray} path
       * @param {ParentValue} parent
       * @param {ParentProperty} parentPropName
       * @returns {UnknownResult}
       */
      _eval(code, _v, _vname, path, parent, parentPropName) {
        if (this.currSandbox) {
          this.currSandbox._$_parentProperty = parentPropName;
          this.currSandbox._$_parent = parent;
          this.currSandbox._$_property = _vname;
          this.currSandbox._$_root = this.json;
          this.currSandbox._$_v = _v;
        }
        const containsPath = code.includes("@path");
        if (containsPath) {
          const currSandbox = this.currSandbox ?? {};
          currSandbox._$_path = JSONPath.toPathString(
            /** @type {string[]} */
            path.concat([_vname])
          );
        }
        const scriptCacheKey = this.currEval + "Script:" + code;
        if (!scriptCache.has(scriptCacheKey)) {
          const script = code.replaceAll(new RegExp(`('(?:\\\\.|[^'\\\\])*'|"(?:\\\\.|[^"\\\\])*"|(?<=(?:^|[\\(,=:\\[!\\|?\\{\\};+\\-*%<>~^]|&)\\s*)\\/(?:\\\\.|\\[(?:\\\\.|[^\\]\\\\])*\\]|[^\\/\\\\\\[])+\\/[dgimsuvy]*)|@(?:(parentProperty|parent|property|root|path)|(?![\\w$]))`, "gv"), (_, literal, name) => literal ?? "_$_" + (name ?? "v"));
          const evalType = (
            /** @type {string|boolean|undefined} */
            this.currEval
          );
          if (["safe", true, void 0].includes(evalType)) {
            scriptCache.set(scriptCacheKey, new /**
             * @type {JSONPathClass & {
             *   safeVm: SafeScriptType,
             *   vm: ScriptType
             * }}
             */
            /** @type {unknown} */
            this.safeVm.Script(script));
          } else if (this.currEval === "native") {
            scriptCache.set(scriptCacheKey, new /**
             * @type {JSONPathClass & {
             *   safeVm: SafeScriptType,
             *   vm: ScriptType
             * }}
             */
            /** @type {unknown} */
            this.vm.Script(script));
          } else if (typeof this.currEval === "function" && this.currEval.prototype && Object.hasOwn(this.currEval.prototype, "runInNewContext")) {
            const CurrEval = this.currEval;
            scriptCache.set(scriptCacheKey, new CurrEval(script));
          } else if (typeof this.currEval === "function") {
            const evalFunc = (
              /** @type {EvalCallback} */
              this.currEval
            );
            scriptCache.set(scriptCacheKey, {
              runInNewContext: (context) => evalFunc(script, context)
            });
          } else {
            throw new TypeError(`Unknown "eval" property "${this.currEval}"`);
          }
        }
        try {
          return (
            /** @type {RunInNewContext} */
            scriptCache.get(scriptCacheKey).runInNewContext(this.currSandbox)
          );
        } catch (e) {
          if (this.ignoreEvalErrors) {
            return false;
          }
          const error = (
            /** @type {Error} */
            e
          );
          throw new Error("jsonPath: " + error.message + ": " + code, {
            cause: e
          });
        }
      }
    };
    /** @type {unknown} */
    JSONPathClass.prototype.safeVm = {
      Script: SafeScript
    };
    JSONPath.prototype = JSONPathClass.prototype;
    JSONPath.clearCache = function() {
      pathCache.clear();
      scriptCache.clear();
    };
    JSONPath.toPathString = function(pathArr) {
      const x = pathArr, n = x.length;
      let p = "$";
      for (let i = 1; i < n; i++) {
        if (!new RegExp("^(~|\\^|@.*?\\(\\))$", "v").test(x[i])) {
          p += new RegExp("^[0-9*]+$", "v").test(x[i]) ? "[" + x[i] + "]" : "['" + String(x[i]).replaceAll(new RegExp("['\\\\]", "gv"), String.raw`\$&`) + "']";
        }
      }
      return p;
    };
    JSONPath.toPointer = function(pointer) {
      const x = pointer, n = x.length;
      let p = "";
      for (let i = 1; i < n; i++) {
        if (!new RegExp("^(~|\\^|@.*?\\(\\))$", "v").test(x[i])) {
          p += "/" + x[i].toString().replaceAll("~", "~0").replaceAll("/", "~1");
        }
      }
      return p;
    };
    JSONPath.toPathArray = function(expr) {
      if (pathCache.has(expr)) {
        return (
          /** @type {string[]} */
          pathCache.get(expr).concat()
        );
      }
      const subx = [];
      const normalized = expr.replaceAll(new RegExp("@[\\w$\\-]+\\([^\\)]*\\)", "gv"), ";$&;").replaceAll(new RegExp("[\\['](\\??\\(.*?\\))[\\]'](?!.\\])", "gv"), function($0, $1) {
        return "[#" + // eslint-disable-next-line @stylistic/max-len -- Long
        // eslint-disable-next-line unicorn/no-return-array-push -- Optimization
        (subx.push($1) - 1) + "]";
      }).replaceAll(new RegExp(`\\[\\s*((?:'(?:\\\\.|[^'\\\\])*'|"(?:\\\\.|[^"\\\\])*")(?:\\s*,\\s*(?:'(?:\\\\.|[^'\\\\])*'|"(?:\\\\.|[^"\\\\])*"))*)\\s*\\]`, "gv"), function($0, $1) {
        if (!new RegExp("[,\\\\]", "v").test($1)) {
          return $0;
        }
        return "[#" + (subx.push($1) - 1) + "]";
      }).replaceAll(new RegExp(`\\[['"]([^'\\]]*)['"]\\]`, "gv"), function($0, prop) {
        return "['" + prop.replaceAll(".", "%@%").replaceAll("~", "%%@@%%") + "']";
      }).replaceAll("~", ";~;").replaceAll(new RegExp(`['"]?\\.['"]?(?![^\\[]*\\])|\\[['"]?`, "gv"), ";").replaceAll("%@%", ".").replaceAll("%%@@%%", "~").replaceAll(new RegExp("(?:;)?(\\^+)(?:;)?", "gv"), function($0, ups) {
        return ";" + ups.split("").join(";") + ";";
      }).replaceAll(new RegExp(";;;|;;", "gv"), ";..;").replaceAll(new RegExp(";$|'?\\]|'$", "gv"), "");
      const exprList = normalized.split(";").map(function(exp) {
        const match = exp.match(new RegExp("#(\\d+)", "v"));
        return !match || !match[1] ? exp : subx[Number(match[1])];
      });
      pathCache.set(expr, exprList);
      return (
        /** @type {string[]} */
        pathCache.get(expr).concat()
      );
    };
    /** @type {unknown} */
    JSONPathClass.prototype.vm = /** @type {ScriptType} */
    /** @type {unknown} */
    vm;
    exports.JSONPath = JSONPath;
    exports.JSONPathClass = JSONPathClass;
  }
});

// node_modules/json-rules-engine/dist/almanac.js
var require_almanac = __commonJS({
  "node_modules/json-rules-engine/dist/almanac.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    var _typeof = typeof Symbol === "function" && typeof Symbol.iterator === "symbol" ? function(obj) {
      return typeof obj;
    } : function(obj) {
      return obj && typeof Symbol === "function" && obj.constructor === Symbol && obj !== Symbol.prototype ? "symbol" : typeof obj;
    };
    var _createClass = /* @__PURE__ */ (function() {
      function defineProperties(target, props) {
        for (var i = 0; i < props.length; i++) {
          var descriptor = props[i];
          descriptor.enumerable = descriptor.enumerable || false;
          descriptor.configurable = true;
          if ("value" in descriptor) descriptor.writable = true;
          Object.defineProperty(target, descriptor.key, descriptor);
        }
      }
      return function(Constructor, protoProps, staticProps) {
        if (protoProps) defineProperties(Constructor.prototype, protoProps);
        if (staticProps) defineProperties(Constructor, staticProps);
        return Constructor;
      };
    })();
    var _fact = require_fact();
    var _fact2 = _interopRequireDefault(_fact);
    var _errors = require_errors();
    var _debug = require_debug();
    var _debug2 = _interopRequireDefault(_debug);
    var _jsonpathPlus = require_index_node_cjs();
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    function defaultPathResolver(value, path) {
      return (0, _jsonpathPlus.JSONPath)({ path, json: value, wrap: false });
    }
    var Almanac = (function() {
      function Almanac2() {
        var options = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {};
        _classCallCheck(this, Almanac2);
        this.factMap = /* @__PURE__ */ new Map();
        this.factResultsCache = /* @__PURE__ */ new Map();
        this.allowUndefinedFacts = Boolean(options.allowUndefinedFacts);
        this.pathResolver = options.pathResolver || defaultPathResolver;
        this.events = { success: [], failure: [] };
        this.ruleResults = [];
      }
      _createClass(Almanac2, [{
        key: "addEvent",
        value: function addEvent(event, outcome) {
          if (!outcome) throw new Error('outcome required: "success" | "failure"]');
          this.events[outcome].push(event);
        }
        /**
         * retrieve successful events
         */
      }, {
        key: "getEvents",
        value: function getEvents() {
          var outcome = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : "";
          if (outcome) return this.events[outcome];
          return this.events.success.concat(this.events.failure);
        }
        /**
         * Adds a rule result
         * @param {Object} event
         */
      }, {
        key: "addResult",
        value: function addResult(ruleResult) {
          this.ruleResults.push(ruleResult);
        }
        /**
         * retrieve successful events
         */
      }, {
        key: "getResults",
        value: function getResults() {
          return this.ruleResults;
        }
        /**
         * Retrieve fact by id, raising an exception if it DNE
         * @param  {String} factId
         * @return {Fact}
         */
      }, {
        key: "_getFact",
        value: function _getFact(factId) {
          return this.factMap.get(factId);
        }
        /**
         * Registers fact with the almanac
         * @param {[type]} fact [description]
         */
      }, {
        key: "_addConstantFact",
        value: function _addConstantFact(fact) {
          this.factMap.set(fact.id, fact);
          this._setFactValue(fact, {}, fact.value);
        }
        /**
         * Sets the computed value of a fact
         * @param {Fact} fact
         * @param {Object} params - values for differentiating this fact value from others, used for cache key
         * @param {Mixed} value - computed value
         */
      }, {
        key: "_setFactValue",
        value: function _setFactValue(fact, params, value) {
          var cacheKey = fact.getCacheKey(params);
          var factValue = Promise.resolve(value);
          if (cacheKey) {
            this.factResultsCache.set(cacheKey, factValue);
          }
          return factValue;
        }
        /**
         * Add a fact definition to the engine.  Facts are called by rules as they are evaluated.
         * @param {object|Fact} id - fact identifier or instance of Fact
         * @param {function} definitionFunc - function to be called when computing the fact value for a given rule
         * @param {Object} options - options to initialize the fact with. used when "id" is not a Fact instance
         */
      }, {
        key: "addFact",
        value: function addFact(id, valueOrMethod, options) {
          var factId = id;
          var fact = void 0;
          if (id instanceof _fact2.default) {
            factId = id.id;
            fact = id;
          } else {
            fact = new _fact2.default(id, valueOrMethod, options);
          }
          (0, _debug2.default)("almanac::addFact", { id: factId });
          this.factMap.set(factId, fact);
          if (fact.isConstant()) {
            this._setFactValue(fact, {}, fact.value);
          }
          return this;
        }
        /**
         * Adds a constant fact during runtime.  Can be used mid-run() to add additional information
         * @deprecated use addFact
         * @param {String} fact - fact identifier
         * @param {Mixed} value - constant value of the fact
         */
      }, {
        key: "addRuntimeFact",
        value: function addRuntimeFact(factId, value) {
          (0, _debug2.default)("almanac::addRuntimeFact", { id: factId });
          var fact = new _fact2.default(factId, value);
          return this._addConstantFact(fact);
        }
        /**
         * Returns the value of a fact, based on the given parameters.  Utilizes the 'almanac' maintained
         * by the engine, which cache's fact computations based on parameters provided
         * @param  {string} factId - fact identifier
         * @param  {Object} params - parameters to feed into the fact.  By default, these will also be used to compute the cache key
         * @param  {String} path - object
         * @return {Promise} a promise which will resolve with the fact computation.
         */
      }, {
        key: "factValue",
        value: function factValue(factId) {
          var _this = this;
          var params = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
          var path = arguments.length > 2 && arguments[2] !== void 0 ? arguments[2] : "";
          var factValuePromise = void 0;
          var fact = this._getFact(factId);
          if (fact === void 0) {
            if (this.allowUndefinedFacts) {
              return Promise.resolve(void 0);
            } else {
              return Promise.reject(new _errors.UndefinedFactError("Undefined fact: " + factId));
            }
          }
          if (fact.isConstant()) {
            factValuePromise = Promise.resolve(fact.calculate(params, this));
          } else {
            var cacheKey = fact.getCacheKey(params);
            var cacheVal = cacheKey && this.factResultsCache.get(cacheKey);
            if (cacheVal) {
              factValuePromise = Promise.resolve(cacheVal);
              (0, _debug2.default)("almanac::factValue cache hit for fact", { id: factId });
            } else {
              (0, _debug2.default)("almanac::factValue cache miss, calculating", { id: factId });
              factValuePromise = this._setFactValue(fact, params, fact.calculate(params, this));
            }
          }
          if (path) {
            (0, _debug2.default)("condition::evaluate extracting object", { property: path });
            return factValuePromise.then(function(factValue2) {
              if (factValue2 != null && (typeof factValue2 === "undefined" ? "undefined" : _typeof(factValue2)) === "object") {
                var pathValue = _this.pathResolver(factValue2, path);
                (0, _debug2.default)("condition::evaluate extracting object", { property: path, received: pathValue });
                return pathValue;
              } else {
                (0, _debug2.default)("condition::evaluate could not compute object path of non-object", { path, factValue: factValue2, type: typeof factValue2 === "undefined" ? "undefined" : _typeof(factValue2) });
                return factValue2;
              }
            });
          }
          return factValuePromise;
        }
        /**
         * Interprets value as either a primitive, or if a fact, retrieves the fact value
         */
      }, {
        key: "getValue",
        value: function getValue(value) {
          if (value != null && (typeof value === "undefined" ? "undefined" : _typeof(value)) === "object" && Object.prototype.hasOwnProperty.call(value, "fact")) {
            return this.factValue(value.fact, value.params, value.path);
          }
          return Promise.resolve(value);
        }
      }]);
      return Almanac2;
    })();
    exports.default = Almanac;
  }
});

// node_modules/json-rules-engine/dist/operator.js
var require_operator = __commonJS({
  "node_modules/json-rules-engine/dist/operator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    var _createClass = /* @__PURE__ */ (function() {
      function defineProperties(target, props) {
        for (var i = 0; i < props.length; i++) {
          var descriptor = props[i];
          descriptor.enumerable = descriptor.enumerable || false;
          descriptor.configurable = true;
          if ("value" in descriptor) descriptor.writable = true;
          Object.defineProperty(target, descriptor.key, descriptor);
        }
      }
      return function(Constructor, protoProps, staticProps) {
        if (protoProps) defineProperties(Constructor.prototype, protoProps);
        if (staticProps) defineProperties(Constructor, staticProps);
        return Constructor;
      };
    })();
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    var Operator = (function() {
      function Operator2(name, cb, factValueValidator) {
        _classCallCheck(this, Operator2);
        this.name = String(name);
        if (!name) throw new Error("Missing operator name");
        if (typeof cb !== "function") throw new Error("Missing operator callback");
        this.cb = cb;
        this.factValueValidator = factValueValidator;
        if (!this.factValueValidator) this.factValueValidator = function() {
          return true;
        };
      }
      _createClass(Operator2, [{
        key: "evaluate",
        value: function evaluate(factValue, jsonValue) {
          return this.factValueValidator(factValue) && this.cb(factValue, jsonValue);
        }
      }]);
      return Operator2;
    })();
    exports.default = Operator;
  }
});

// node_modules/json-rules-engine/dist/engine-default-operators.js
var require_engine_default_operators = __commonJS({
  "node_modules/json-rules-engine/dist/engine-default-operators.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    var _operator = require_operator();
    var _operator2 = _interopRequireDefault(_operator);
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var Operators = [];
    Operators.push(new _operator2.default("equal", function(a, b) {
      return a === b;
    }));
    Operators.push(new _operator2.default("notEqual", function(a, b) {
      return a !== b;
    }));
    Operators.push(new _operator2.default("in", function(a, b) {
      return b.indexOf(a) > -1;
    }));
    Operators.push(new _operator2.default("notIn", function(a, b) {
      return b.indexOf(a) === -1;
    }));
    Operators.push(new _operator2.default("contains", function(a, b) {
      return a.indexOf(b) > -1;
    }, Array.isArray));
    Operators.push(new _operator2.default("doesNotContain", function(a, b) {
      return a.indexOf(b) === -1;
    }, Array.isArray));
    function numberValidator(factValue) {
      return Number.parseFloat(factValue).toString() !== "NaN";
    }
    Operators.push(new _operator2.default("lessThan", function(a, b) {
      return a < b;
    }, numberValidator));
    Operators.push(new _operator2.default("lessThanInclusive", function(a, b) {
      return a <= b;
    }, numberValidator));
    Operators.push(new _operator2.default("greaterThan", function(a, b) {
      return a > b;
    }, numberValidator));
    Operators.push(new _operator2.default("greaterThanInclusive", function(a, b) {
      return a >= b;
    }, numberValidator));
    exports.default = Operators;
  }
});

// node_modules/json-rules-engine/dist/operator-decorator.js
var require_operator_decorator = __commonJS({
  "node_modules/json-rules-engine/dist/operator-decorator.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    var _createClass = /* @__PURE__ */ (function() {
      function defineProperties(target, props) {
        for (var i = 0; i < props.length; i++) {
          var descriptor = props[i];
          descriptor.enumerable = descriptor.enumerable || false;
          descriptor.configurable = true;
          if ("value" in descriptor) descriptor.writable = true;
          Object.defineProperty(target, descriptor.key, descriptor);
        }
      }
      return function(Constructor, protoProps, staticProps) {
        if (protoProps) defineProperties(Constructor.prototype, protoProps);
        if (staticProps) defineProperties(Constructor, staticProps);
        return Constructor;
      };
    })();
    var _operator = require_operator();
    var _operator2 = _interopRequireDefault(_operator);
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    var OperatorDecorator = (function() {
      function OperatorDecorator2(name, cb, factValueValidator) {
        _classCallCheck(this, OperatorDecorator2);
        this.name = String(name);
        if (!name) throw new Error("Missing decorator name");
        if (typeof cb !== "function") throw new Error("Missing decorator callback");
        this.cb = cb;
        this.factValueValidator = factValueValidator;
        if (!this.factValueValidator) this.factValueValidator = function() {
          return true;
        };
      }
      _createClass(OperatorDecorator2, [{
        key: "decorate",
        value: function decorate(operator) {
          var _this = this;
          var next = operator.evaluate.bind(operator);
          return new _operator2.default(this.name + ":" + operator.name, function(factValue, jsonValue) {
            return _this.cb(factValue, jsonValue, next);
          }, this.factValueValidator);
        }
      }]);
      return OperatorDecorator2;
    })();
    exports.default = OperatorDecorator;
  }
});

// node_modules/json-rules-engine/dist/engine-default-operator-decorators.js
var require_engine_default_operator_decorators = __commonJS({
  "node_modules/json-rules-engine/dist/engine-default-operator-decorators.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    var _operatorDecorator = require_operator_decorator();
    var _operatorDecorator2 = _interopRequireDefault(_operatorDecorator);
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var OperatorDecorators = [];
    OperatorDecorators.push(new _operatorDecorator2.default("someFact", function(factValue, jsonValue, next) {
      return factValue.some(function(fv) {
        return next(fv, jsonValue);
      });
    }, Array.isArray));
    OperatorDecorators.push(new _operatorDecorator2.default("someValue", function(factValue, jsonValue, next) {
      return jsonValue.some(function(jv) {
        return next(factValue, jv);
      });
    }));
    OperatorDecorators.push(new _operatorDecorator2.default("everyFact", function(factValue, jsonValue, next) {
      return factValue.every(function(fv) {
        return next(fv, jsonValue);
      });
    }, Array.isArray));
    OperatorDecorators.push(new _operatorDecorator2.default("everyValue", function(factValue, jsonValue, next) {
      return jsonValue.every(function(jv) {
        return next(factValue, jv);
      });
    }));
    OperatorDecorators.push(new _operatorDecorator2.default("swap", function(factValue, jsonValue, next) {
      return next(jsonValue, factValue);
    }));
    OperatorDecorators.push(new _operatorDecorator2.default("not", function(factValue, jsonValue, next) {
      return !next(factValue, jsonValue);
    }));
    exports.default = OperatorDecorators;
  }
});

// node_modules/json-rules-engine/dist/operator-map.js
var require_operator_map = __commonJS({
  "node_modules/json-rules-engine/dist/operator-map.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    var _createClass = /* @__PURE__ */ (function() {
      function defineProperties(target, props) {
        for (var i = 0; i < props.length; i++) {
          var descriptor = props[i];
          descriptor.enumerable = descriptor.enumerable || false;
          descriptor.configurable = true;
          if ("value" in descriptor) descriptor.writable = true;
          Object.defineProperty(target, descriptor.key, descriptor);
        }
      }
      return function(Constructor, protoProps, staticProps) {
        if (protoProps) defineProperties(Constructor.prototype, protoProps);
        if (staticProps) defineProperties(Constructor, staticProps);
        return Constructor;
      };
    })();
    var _operator = require_operator();
    var _operator2 = _interopRequireDefault(_operator);
    var _operatorDecorator = require_operator_decorator();
    var _operatorDecorator2 = _interopRequireDefault(_operatorDecorator);
    var _debug = require_debug();
    var _debug2 = _interopRequireDefault(_debug);
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    var OperatorMap = (function() {
      function OperatorMap2() {
        _classCallCheck(this, OperatorMap2);
        this.operators = /* @__PURE__ */ new Map();
        this.decorators = /* @__PURE__ */ new Map();
      }
      _createClass(OperatorMap2, [{
        key: "addOperator",
        value: function addOperator(operatorOrName, cb) {
          var operator = void 0;
          if (operatorOrName instanceof _operator2.default) {
            operator = operatorOrName;
          } else {
            operator = new _operator2.default(operatorOrName, cb);
          }
          (0, _debug2.default)("operatorMap::addOperator", { name: operator.name });
          this.operators.set(operator.name, operator);
        }
        /**
           * Remove a custom operator definition
           * @param {string}   operatorOrName - operator identifier within the condition; i.e. instead of 'equals', 'greaterThan', etc
           * @param {function(factValue, jsonValue)} callback - the method to execute when the operator is encountered.
           */
      }, {
        key: "removeOperator",
        value: function removeOperator(operatorOrName) {
          var operatorName = void 0;
          if (operatorOrName instanceof _operator2.default) {
            operatorName = operatorOrName.name;
          } else {
            operatorName = operatorOrName;
          }
          var suffix = ":" + operatorName;
          var operatorNames = Array.from(this.operators.keys());
          for (var i = 0; i < operatorNames.length; i++) {
            if (operatorNames[i].endsWith(suffix)) {
              this.operators.delete(operatorNames[i]);
            }
          }
          return this.operators.delete(operatorName);
        }
        /**
           * Add a custom operator decorator
           * @param {string}   decoratorOrName - decorator identifier within the condition; i.e. instead of 'everyFact', 'someValue', etc
           * @param {function(factValue, jsonValue, next)} callback - the method to execute when the decorator is encountered.
           */
      }, {
        key: "addOperatorDecorator",
        value: function addOperatorDecorator(decoratorOrName, cb) {
          var decorator = void 0;
          if (decoratorOrName instanceof _operatorDecorator2.default) {
            decorator = decoratorOrName;
          } else {
            decorator = new _operatorDecorator2.default(decoratorOrName, cb);
          }
          (0, _debug2.default)("operatorMap::addOperatorDecorator", { name: decorator.name });
          this.decorators.set(decorator.name, decorator);
        }
        /**
           * Remove a custom operator decorator
           * @param {string}   decoratorOrName - decorator identifier within the condition; i.e. instead of 'everyFact', 'someValue', etc
           */
      }, {
        key: "removeOperatorDecorator",
        value: function removeOperatorDecorator(decoratorOrName) {
          var decoratorName = void 0;
          if (decoratorOrName instanceof _operatorDecorator2.default) {
            decoratorName = decoratorOrName.name;
          } else {
            decoratorName = decoratorOrName;
          }
          var prefix = decoratorName + ":";
          var operatorNames = Array.from(this.operators.keys());
          for (var i = 0; i < operatorNames.length; i++) {
            if (operatorNames[i].includes(prefix)) {
              this.operators.delete(operatorNames[i]);
            }
          }
          return this.decorators.delete(decoratorName);
        }
        /**
         * Get the Operator, or null applies decorators as needed
         * @param {string} name - the name of the operator including any decorators
         * @returns an operator or null
         */
      }, {
        key: "get",
        value: function get(name) {
          var decorators = [];
          var opName = name;
          while (!this.operators.has(opName)) {
            var firstDecoratorIndex = opName.indexOf(":");
            if (firstDecoratorIndex > 0) {
              var decoratorName = opName.slice(0, firstDecoratorIndex);
              var decorator = this.decorators.get(decoratorName);
              if (!decorator) {
                (0, _debug2.default)("operatorMap::get invalid decorator", { name: decoratorName });
                return null;
              }
              decorators.unshift(decorator);
              opName = opName.slice(firstDecoratorIndex + 1);
            } else {
              (0, _debug2.default)("operatorMap::get no operator", { name: opName });
              return null;
            }
          }
          var op = this.operators.get(opName);
          for (var i = 0; i < decorators.length; i++) {
            op = decorators[i].decorate(op);
            this.operators.set(op.name, op);
          }
          return op;
        }
      }]);
      return OperatorMap2;
    })();
    exports.default = OperatorMap;
  }
});

// node_modules/json-rules-engine/dist/engine.js
var require_engine = __commonJS({
  "node_modules/json-rules-engine/dist/engine.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.FINISHED = exports.RUNNING = exports.READY = void 0;
    var _typeof = typeof Symbol === "function" && typeof Symbol.iterator === "symbol" ? function(obj) {
      return typeof obj;
    } : function(obj) {
      return obj && typeof Symbol === "function" && obj.constructor === Symbol && obj !== Symbol.prototype ? "symbol" : typeof obj;
    };
    var _createClass = /* @__PURE__ */ (function() {
      function defineProperties(target, props) {
        for (var i = 0; i < props.length; i++) {
          var descriptor = props[i];
          descriptor.enumerable = descriptor.enumerable || false;
          descriptor.configurable = true;
          if ("value" in descriptor) descriptor.writable = true;
          Object.defineProperty(target, descriptor.key, descriptor);
        }
      }
      return function(Constructor, protoProps, staticProps) {
        if (protoProps) defineProperties(Constructor.prototype, protoProps);
        if (staticProps) defineProperties(Constructor, staticProps);
        return Constructor;
      };
    })();
    var _fact = require_fact();
    var _fact2 = _interopRequireDefault(_fact);
    var _rule = require_rule();
    var _rule2 = _interopRequireDefault(_rule);
    var _almanac = require_almanac();
    var _almanac2 = _interopRequireDefault(_almanac);
    var _eventemitter = require_eventemitter2();
    var _eventemitter2 = _interopRequireDefault(_eventemitter);
    var _engineDefaultOperators = require_engine_default_operators();
    var _engineDefaultOperators2 = _interopRequireDefault(_engineDefaultOperators);
    var _engineDefaultOperatorDecorators = require_engine_default_operator_decorators();
    var _engineDefaultOperatorDecorators2 = _interopRequireDefault(_engineDefaultOperatorDecorators);
    var _debug = require_debug();
    var _debug2 = _interopRequireDefault(_debug);
    var _condition = require_condition();
    var _condition2 = _interopRequireDefault(_condition);
    var _operatorMap = require_operator_map();
    var _operatorMap2 = _interopRequireDefault(_operatorMap);
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    function _classCallCheck(instance, Constructor) {
      if (!(instance instanceof Constructor)) {
        throw new TypeError("Cannot call a class as a function");
      }
    }
    function _possibleConstructorReturn(self, call) {
      if (!self) {
        throw new ReferenceError("this hasn't been initialised - super() hasn't been called");
      }
      return call && (typeof call === "object" || typeof call === "function") ? call : self;
    }
    function _inherits(subClass, superClass) {
      if (typeof superClass !== "function" && superClass !== null) {
        throw new TypeError("Super expression must either be null or a function, not " + typeof superClass);
      }
      subClass.prototype = Object.create(superClass && superClass.prototype, { constructor: { value: subClass, enumerable: false, writable: true, configurable: true } });
      if (superClass) Object.setPrototypeOf ? Object.setPrototypeOf(subClass, superClass) : subClass.__proto__ = superClass;
    }
    var READY = exports.READY = "READY";
    var RUNNING = exports.RUNNING = "RUNNING";
    var FINISHED = exports.FINISHED = "FINISHED";
    var Engine2 = (function(_EventEmitter) {
      _inherits(Engine3, _EventEmitter);
      function Engine3() {
        var rules = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : [];
        var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
        _classCallCheck(this, Engine3);
        var _this = _possibleConstructorReturn(this, (Engine3.__proto__ || Object.getPrototypeOf(Engine3)).call(this));
        _this.rules = [];
        _this.allowUndefinedFacts = options.allowUndefinedFacts || false;
        _this.allowUndefinedConditions = options.allowUndefinedConditions || false;
        _this.replaceFactsInEventParams = options.replaceFactsInEventParams || false;
        _this.pathResolver = options.pathResolver;
        _this.operators = new _operatorMap2.default();
        _this.facts = /* @__PURE__ */ new Map();
        _this.conditions = /* @__PURE__ */ new Map();
        _this.status = READY;
        rules.map(function(r) {
          return _this.addRule(r);
        });
        _engineDefaultOperators2.default.map(function(o) {
          return _this.addOperator(o);
        });
        _engineDefaultOperatorDecorators2.default.map(function(d) {
          return _this.addOperatorDecorator(d);
        });
        return _this;
      }
      _createClass(Engine3, [{
        key: "addRule",
        value: function addRule(properties) {
          if (!properties) throw new Error("Engine: addRule() requires options");
          var rule = void 0;
          if (properties instanceof _rule2.default) {
            rule = properties;
          } else {
            if (!Object.prototype.hasOwnProperty.call(properties, "event")) throw new Error('Engine: addRule() argument requires "event" property');
            if (!Object.prototype.hasOwnProperty.call(properties, "conditions")) throw new Error('Engine: addRule() argument requires "conditions" property');
            rule = new _rule2.default(properties);
          }
          rule.setEngine(this);
          this.rules.push(rule);
          this.prioritizedRules = null;
          return this;
        }
        /**
         * update a rule in the engine
         * @param {object|Rule} rule - rule definition. Must be a instance of Rule
         */
      }, {
        key: "updateRule",
        value: function updateRule(rule) {
          var ruleIndex = this.rules.findIndex(function(ruleInEngine) {
            return ruleInEngine.name === rule.name;
          });
          if (ruleIndex > -1) {
            this.rules.splice(ruleIndex, 1);
            this.addRule(rule);
            this.prioritizedRules = null;
          } else {
            throw new Error("Engine: updateRule() rule not found");
          }
        }
        /**
         * Remove a rule from the engine
         * @param {object|Rule|string} rule - rule definition. Must be a instance of Rule
         */
      }, {
        key: "removeRule",
        value: function removeRule(rule) {
          var ruleRemoved = false;
          if (!(rule instanceof _rule2.default)) {
            var filteredRules = this.rules.filter(function(ruleInEngine) {
              return ruleInEngine.name !== rule;
            });
            ruleRemoved = filteredRules.length !== this.rules.length;
            this.rules = filteredRules;
          } else {
            var index = this.rules.indexOf(rule);
            if (index > -1) {
              ruleRemoved = Boolean(this.rules.splice(index, 1).length);
            }
          }
          if (ruleRemoved) {
            this.prioritizedRules = null;
          }
          return ruleRemoved;
        }
        /**
         * sets a condition that can be referenced by the given name.
         * If a condition with the given name has already been set this will replace it.
         * @param {string} name - the name of the condition to be referenced by rules.
         * @param {object} conditions - the conditions to use when the condition is referenced.
         */
      }, {
        key: "setCondition",
        value: function setCondition(name, conditions) {
          if (!name) throw new Error("Engine: setCondition() requires name");
          if (!conditions) throw new Error("Engine: setCondition() requires conditions");
          if (!Object.prototype.hasOwnProperty.call(conditions, "all") && !Object.prototype.hasOwnProperty.call(conditions, "any") && !Object.prototype.hasOwnProperty.call(conditions, "not") && !Object.prototype.hasOwnProperty.call(conditions, "condition")) {
            throw new Error('"conditions" root must contain a single instance of "all", "any", "not", or "condition"');
          }
          this.conditions.set(name, new _condition2.default(conditions));
          return this;
        }
        /**
         * Removes a condition that has previously been added to this engine
         * @param {string} name - the name of the condition to remove.
         * @returns true if the condition existed, otherwise false
         */
      }, {
        key: "removeCondition",
        value: function removeCondition(name) {
          return this.conditions.delete(name);
        }
        /**
         * Add a custom operator definition
         * @param {string}   operatorOrName - operator identifier within the condition; i.e. instead of 'equals', 'greaterThan', etc
         * @param {function(factValue, jsonValue)} callback - the method to execute when the operator is encountered.
         */
      }, {
        key: "addOperator",
        value: function addOperator(operatorOrName, cb) {
          this.operators.addOperator(operatorOrName, cb);
        }
        /**
         * Remove a custom operator definition
         * @param {string}   operatorOrName - operator identifier within the condition; i.e. instead of 'equals', 'greaterThan', etc
         */
      }, {
        key: "removeOperator",
        value: function removeOperator(operatorOrName) {
          return this.operators.removeOperator(operatorOrName);
        }
        /**
         * Add a custom operator decorator
         * @param {string}   decoratorOrName - decorator identifier within the condition; i.e. instead of 'someFact', 'everyValue', etc
         * @param {function(factValue, jsonValue, next)} callback - the method to execute when the decorator is encountered.
         */
      }, {
        key: "addOperatorDecorator",
        value: function addOperatorDecorator(decoratorOrName, cb) {
          this.operators.addOperatorDecorator(decoratorOrName, cb);
        }
        /**
         * Remove a custom operator decorator
         * @param {string}   decoratorOrName - decorator identifier within the condition; i.e. instead of 'someFact', 'everyValue', etc
         */
      }, {
        key: "removeOperatorDecorator",
        value: function removeOperatorDecorator(decoratorOrName) {
          return this.operators.removeOperatorDecorator(decoratorOrName);
        }
        /**
         * Add a fact definition to the engine.  Facts are called by rules as they are evaluated.
         * @param {object|Fact} id - fact identifier or instance of Fact
         * @param {function} definitionFunc - function to be called when computing the fact value for a given rule
         * @param {Object} options - options to initialize the fact with. used when "id" is not a Fact instance
         */
      }, {
        key: "addFact",
        value: function addFact(id, valueOrMethod, options) {
          var factId = id;
          var fact = void 0;
          if (id instanceof _fact2.default) {
            factId = id.id;
            fact = id;
          } else {
            fact = new _fact2.default(id, valueOrMethod, options);
          }
          (0, _debug2.default)("engine::addFact", { id: factId });
          this.facts.set(factId, fact);
          return this;
        }
        /**
         * Remove a fact definition to the engine.  Facts are called by rules as they are evaluated.
         * @param {object|Fact} id - fact identifier or instance of Fact
         */
      }, {
        key: "removeFact",
        value: function removeFact(factOrId) {
          var factId = void 0;
          if (!(factOrId instanceof _fact2.default)) {
            factId = factOrId;
          } else {
            factId = factOrId.id;
          }
          return this.facts.delete(factId);
        }
        /**
         * Iterates over the engine rules, organizing them by highest -> lowest priority
         * @return {Rule[][]} two dimensional array of Rules.
         *    Each outer array element represents a single priority(integer).  Inner array is
         *    all rules with that priority.
         */
      }, {
        key: "prioritizeRules",
        value: function prioritizeRules() {
          if (!this.prioritizedRules) {
            var ruleSets = this.rules.reduce(function(sets, rule) {
              var priority = rule.priority;
              if (!sets[priority]) sets[priority] = [];
              sets[priority].push(rule);
              return sets;
            }, {});
            this.prioritizedRules = Object.keys(ruleSets).sort(function(a, b) {
              return Number(a) > Number(b) ? -1 : 1;
            }).map(function(priority) {
              return ruleSets[priority];
            });
          }
          return this.prioritizedRules;
        }
        /**
         * Stops the rules engine from running the next priority set of Rules.  All remaining rules will be resolved as undefined,
         * and no further events emitted.  Since rules of the same priority are evaluated in parallel(not series), other rules of
         * the same priority may still emit events, even though the engine is in a "finished" state.
         * @return {Engine}
         */
      }, {
        key: "stop",
        value: function stop() {
          this.status = FINISHED;
          return this;
        }
        /**
         * Returns a fact by fact-id
         * @param  {string} factId - fact identifier
         * @return {Fact} fact instance, or undefined if no such fact exists
         */
      }, {
        key: "getFact",
        value: function getFact(factId) {
          return this.facts.get(factId);
        }
        /**
         * Runs an array of rules
         * @param  {Rule[]} array of rules to be evaluated
         * @return {Promise} resolves when all rules in the array have been evaluated
         */
      }, {
        key: "evaluateRules",
        value: function evaluateRules(ruleArray, almanac) {
          var _this2 = this;
          return Promise.all(ruleArray.map(function(rule) {
            if (_this2.status !== RUNNING) {
              (0, _debug2.default)("engine::run, skipping remaining rules", { status: _this2.status });
              return Promise.resolve();
            }
            return rule.evaluate(almanac).then(function(ruleResult) {
              (0, _debug2.default)("engine::run", { ruleResult: ruleResult.result });
              almanac.addResult(ruleResult);
              if (ruleResult.result) {
                almanac.addEvent(ruleResult.event, "success");
                return _this2.emitAsync("success", ruleResult.event, almanac, ruleResult).then(function() {
                  return _this2.emitAsync(ruleResult.event.type, ruleResult.event.params, almanac, ruleResult);
                });
              } else {
                almanac.addEvent(ruleResult.event, "failure");
                return _this2.emitAsync("failure", ruleResult.event, almanac, ruleResult);
              }
            });
          }));
        }
        /**
         * Runs the rules engine
         * @param  {Object} runtimeFacts - fact values known at runtime
         * @param  {Object} runOptions - run options
         * @return {Promise} resolves when the engine has completed running
         */
      }, {
        key: "run",
        value: function run() {
          var _this3 = this;
          var runtimeFacts = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : {};
          var runOptions = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : {};
          (0, _debug2.default)("engine::run started");
          this.status = RUNNING;
          var almanac = runOptions.almanac || new _almanac2.default({
            allowUndefinedFacts: this.allowUndefinedFacts,
            pathResolver: this.pathResolver
          });
          this.facts.forEach(function(fact2) {
            almanac.addFact(fact2);
          });
          for (var factId in runtimeFacts) {
            var fact = void 0;
            if (runtimeFacts[factId] instanceof _fact2.default) {
              fact = runtimeFacts[factId];
            } else {
              fact = new _fact2.default(factId, runtimeFacts[factId]);
            }
            almanac.addFact(fact);
            (0, _debug2.default)("engine::run initialized runtime fact", { id: fact.id, value: fact.value, type: _typeof(fact.value) });
          }
          var orderedSets = this.prioritizeRules();
          var cursor = Promise.resolve();
          return new Promise(function(resolve, reject) {
            orderedSets.map(function(set) {
              cursor = cursor.then(function() {
                return _this3.evaluateRules(set, almanac);
              }).catch(reject);
              return cursor;
            });
            cursor.then(function() {
              _this3.status = FINISHED;
              (0, _debug2.default)("engine::run completed");
              var ruleResults = almanac.getResults();
              var _ruleResults$reduce = ruleResults.reduce(function(hash, ruleResult) {
                var group = ruleResult.result ? "results" : "failureResults";
                hash[group].push(ruleResult);
                return hash;
              }, { results: [], failureResults: [] }), results = _ruleResults$reduce.results, failureResults = _ruleResults$reduce.failureResults;
              resolve({
                almanac,
                results,
                failureResults,
                events: almanac.getEvents("success"),
                failureEvents: almanac.getEvents("failure")
              });
            }).catch(reject);
          });
        }
      }]);
      return Engine3;
    })(_eventemitter2.default);
    exports.default = Engine2;
  }
});

// node_modules/json-rules-engine/dist/json-rules-engine.js
var require_json_rules_engine = __commonJS({
  "node_modules/json-rules-engine/dist/json-rules-engine.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.OperatorDecorator = exports.Almanac = exports.Engine = exports.Operator = exports.Rule = exports.Fact = void 0;
    exports.default = function(rules, options) {
      return new _engine2.default(rules, options);
    };
    var _engine = require_engine();
    var _engine2 = _interopRequireDefault(_engine);
    var _fact = require_fact();
    var _fact2 = _interopRequireDefault(_fact);
    var _rule = require_rule();
    var _rule2 = _interopRequireDefault(_rule);
    var _operator = require_operator();
    var _operator2 = _interopRequireDefault(_operator);
    var _almanac = require_almanac();
    var _almanac2 = _interopRequireDefault(_almanac);
    var _operatorDecorator = require_operator_decorator();
    var _operatorDecorator2 = _interopRequireDefault(_operatorDecorator);
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    exports.Fact = _fact2.default;
    exports.Rule = _rule2.default;
    exports.Operator = _operator2.default;
    exports.Engine = _engine2.default;
    exports.Almanac = _almanac2.default;
    exports.OperatorDecorator = _operatorDecorator2.default;
  }
});

// node_modules/json-rules-engine/dist/index.js
var require_dist = __commonJS({
  "node_modules/json-rules-engine/dist/index.js"(exports, module) {
    "use strict";
    module.exports = require_json_rules_engine();
  }
});

// src/core/area-engine.ts
var import_json_rules_engine = __toESM(require_dist(), 1);
function ownPropertyPathResolver(value, path) {
  const keys = path.replace(/^\$\./, "").split(".");
  if (keys.some((key) => !/^[A-Za-z0-9_-]+$/.test(key))) return void 0;
  let current = value;
  for (const key of keys) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") return void 0;
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, key)) return void 0;
    current = current[key];
  }
  return current;
}
var AreaEngine = class {
  constructor(area) {
    this.area = area;
    this.engine = new import_json_rules_engine.Engine([], { allowUndefinedFacts: true, pathResolver: ownPropertyPathResolver });
    area.rules.forEach((rule) => {
      this.engine.addRule({
        name: rule.name,
        priority: rule.priority ?? 1,
        conditions: rule.conditions,
        event: rule.event
      });
    });
  }
  area;
  engine;
  run(facts) {
    const input = /* @__PURE__ */ Object.create(null);
    for (const [name, value] of Object.entries(facts)) input[name] = value;
    return this.engine.run(input);
  }
};

// src/core/evaluate.ts
var Evaluator = class {
  /**
   * `makeEngine` defaults to json-rules-engine (AreaEngine), the reference; batch may pass a compiled
   * engine that a differential test holds to identical results.
   */
  constructor(knowledge, makeEngine = (area) => new AreaEngine(area)) {
    this.knowledge = knowledge;
    this.makeEngine = makeEngine;
  }
  knowledge;
  makeEngine;
  engines = /* @__PURE__ */ new Map();
  /** Areas whose rules read any of the given facts, in id order. */
  areasFor(facts) {
    const areas = /* @__PURE__ */ new Set();
    for (const name of Object.keys(facts)) {
      for (const area of this.knowledge.facts.get(name)?.areas ?? []) if (this.knowledge.areas.has(area)) areas.add(area);
    }
    return [...areas].sort();
  }
  async evaluate(facts, areaIds = this.areasFor(facts), options = {}) {
    const verdicts = [];
    for (const id of [...new Set(areaIds)].sort()) {
      const area = this.knowledge.areas.get(id);
      if (!area) continue;
      const engine = this.engineFor(area);
      const result = await engine.run(facts);
      verdicts.push(this.verdict(area, result, facts, options.missingFacts === "absent"));
    }
    return { areas: verdicts };
  }
  engineFor(area) {
    let engine = this.engines.get(area.area);
    if (!engine) {
      engine = this.makeEngine(area);
      this.engines.set(area.area, engine);
    }
    return engine;
  }
  verdict(area, result, facts, missingIsAbsent) {
    const definitions = new Map(area.rules.map((rule) => [rule.name, rule]));
    const trace = [...result.results, ...result.failureResults].map((ruleResult) => traceRule(ruleResult, definitions.get(ruleResult.name).event, facts, missingIsAbsent)).sort((a, b) => compareText(a.rule, b.rule));
    const fired = trace.filter((t) => t.status === "fired").map((t) => toReason(definitions.get(t.rule).event, t.rule));
    const byWeight = (a, b) => b.weight - a.weight || compareText(a.rule, b.rule);
    const ranking = area.answers.map((id) => {
      const reasonsFor = fired.filter((r) => r.kind === "recommend" && r.answer === id).sort(byWeight);
      const reasonsAgainst = fired.filter((r) => r.kind === "avoid" && r.answer === id).sort(byWeight);
      const score = sum(reasonsFor) - sum(reasonsAgainst);
      return { answer: id, name: this.knowledge.answers.get(id)?.name ?? id, score, reasonsFor, reasonsAgainst };
    }).sort((a, b) => b.score - a.score || compareText(a.answer, b.answer));
    const chosen = chooseAnswers(area.choose, ranking);
    const open = trace.filter((t) => t.status === "open" && t.event !== "caveat");
    const settled = isSettled(area.choose, ranking, chosen, open, definitions);
    return {
      area: area.area,
      title: area.title,
      choose: area.choose,
      chosen,
      ranking,
      rejected: ranking.filter((r) => !chosen.includes(r.answer)),
      caveats: fired.filter((r) => r.kind === "caveat"),
      trace,
      openFacts: settled ? [] : influentialFacts(open, definitions),
      settled
    };
  }
};
function sum(reasons) {
  return reasons.reduce((total, reason) => total + reason.weight, 0);
}
function toReason(event, rule) {
  if (event.type === "caveat")
    return { rule, kind: "caveat", answer: event.params.answer, text: event.params.reason, section: event.params.section, weight: 0, today: event.params.today };
  return { rule, kind: event.type, answer: event.params.answer, text: event.params.reason, section: event.params.section, weight: event.params.weight };
}
function chooseAnswers(choose, ranking) {
  const positive = ranking.filter((r) => r.score > 0);
  if (choose === "many") return positive.map((r) => r.answer);
  const best = positive[0]?.score;
  return positive.filter((r) => r.score === best).map((r) => r.answer);
}
function isSettled(choose, ranking, chosen, open, definitions) {
  if (open.length === 0) return true;
  const bounds = new Map(ranking.map((r) => [r.answer, { low: r.score, high: r.score }]));
  for (const rule of open) {
    const event = definitions.get(rule.rule).event;
    if (event.type === "caveat") continue;
    const bound = bounds.get(event.params.answer);
    if (event.type === "recommend") bound.high += event.params.weight;
    else bound.low -= event.params.weight;
  }
  if (choose === "many") return [...bounds.values()].every((b) => b.low > 0 === b.high > 0);
  if (chosen.length !== 1) return false;
  const winner = bounds.get(chosen[0]);
  return [...bounds].every(([answer, b]) => answer === chosen[0] || b.high < winner.low);
}
function influentialFacts(open, definitions) {
  const influence = /* @__PURE__ */ new Map();
  for (const rule of open) {
    const event = definitions.get(rule.rule).event;
    const weight = event.type === "caveat" ? 0 : event.params.weight;
    for (const fact of unknownFacts(rule.conditions)) influence.set(fact, (influence.get(fact) ?? 0) + weight);
  }
  return [...influence].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([fact]) => fact);
}
function unknownFacts(trace) {
  if ("all" in trace) return trace.holds === "unknown" ? trace.all.flatMap(unknownFacts) : [];
  if ("any" in trace) return trace.holds === "unknown" ? trace.any.flatMap(unknownFacts) : [];
  if ("not" in trace) return trace.holds === "unknown" ? unknownFacts(trace.not) : [];
  return trace.holds === "unknown" ? [trace.fact] : [];
}
function traceRule(result, event, facts, missingIsAbsent) {
  const conditions = traceCondition(result.conditions, facts, missingIsAbsent);
  const status = conditions.holds === true ? "fired" : conditions.holds === false ? "failed" : "open";
  return { rule: result.name, event: event.type, answer: event.params.answer, status, conditions };
}
function traceCondition(node, facts, missingIsAbsent) {
  if (Array.isArray(node.all)) {
    const all = node.all.map((child) => traceCondition(child, facts, missingIsAbsent));
    return { all, holds: and(all.map((c) => c.holds)) };
  }
  if (Array.isArray(node.any)) {
    const any = node.any.map((child) => traceCondition(child, facts, missingIsAbsent));
    return { any, holds: or(any.map((c) => c.holds)) };
  }
  if (node.not !== void 0) {
    const inner = traceCondition(node.not, facts, missingIsAbsent);
    return { not: inner, holds: inner.holds === "unknown" ? "unknown" : !inner.holds };
  }
  const fact = String(node.fact);
  const value = node.value;
  const reference = typeof value === "object" && value !== null && !Array.isArray(value) ? String(value.fact) : void 0;
  const known = Object.hasOwn(facts, fact) && (reference === void 0 || Object.hasOwn(facts, reference));
  return {
    fact,
    operator: String(node.operator),
    value,
    seen: known ? facts[fact] : void 0,
    holds: known || missingIsAbsent ? node.result === true : "unknown"
  };
}
function and(values) {
  if (values.includes(false)) return false;
  return values.includes("unknown") ? "unknown" : true;
}
function or(values) {
  if (values.includes(true)) return true;
  return values.includes("unknown") ? "unknown" : false;
}

export {
  Evaluator
};
/*! Bundled license information:

eventemitter2/lib/eventemitter2.js:
  (*!
   * EventEmitter2
   * https://github.com/hij1nx/EventEmitter2
   *
   * Copyright (c) 2013 hij1nx
   * Licensed under the MIT license.
   *)
*/
