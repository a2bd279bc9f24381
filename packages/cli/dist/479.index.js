export const id=479;export const ids=[479];export const modules={68787:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(13742);module.exports=main}),13742:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function filled(value,len){var arr;var i;arr=[];for(i=0;i<len;i++){arr.push(value)}return arr}module.exports=filled}),21830:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(1401);module.exports=main}),1401:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var filled=__webpack_require__(68787);function zeros(len){return filled(0,len)}module.exports=zeros}),69979:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasFloat64ArraySupport=__webpack_require__(39714);var builtin=__webpack_require__(15878);var polyfill=__webpack_require__(98520);var ctor;if(hasFloat64ArraySupport()){ctor=builtin}else{ctor=polyfill}module.exports=ctor}),15878:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var ctor=typeof Float64Array==="function"?Float64Array:void 0;module.exports=ctor}),98520:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function polyfill(){throw new Error("not implemented")}module.exports=polyfill}),14826:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasUint16ArraySupport=__webpack_require__(55613);var builtin=__webpack_require__(43405);var polyfill=__webpack_require__(40523);var ctor;if(hasUint16ArraySupport()){ctor=builtin}else{ctor=polyfill}module.exports=ctor}),43405:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var ctor=typeof Uint16Array==="function"?Uint16Array:void 0;module.exports=ctor}),40523:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function polyfill(){throw new Error("not implemented")}module.exports=polyfill}),47096:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasUint32ArraySupport=__webpack_require__(44171);var builtin=__webpack_require__(62399);var polyfill=__webpack_require__(83689);var ctor;if(hasUint32ArraySupport()){ctor=builtin}else{ctor=polyfill}module.exports=ctor}),62399:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var ctor=typeof Uint32Array==="function"?Uint32Array:void 0;module.exports=ctor}),83689:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function polyfill(){throw new Error("not implemented")}module.exports=polyfill}),65183:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasUint8ArraySupport=__webpack_require__(4246);var builtin=__webpack_require__(78570);var polyfill=__webpack_require__(97540);var ctor;if(hasUint8ArraySupport()){ctor=builtin}else{ctor=polyfill}module.exports=ctor}),78570:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var ctor=typeof Uint8Array==="function"?Uint8Array:void 0;module.exports=ctor}),97540:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function polyfill(){throw new Error("not implemented")}module.exports=polyfill}),5265:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=typeof Float64Array==="function"?Float64Array:null;module.exports=main}),39714:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasFloat64ArraySupport=__webpack_require__(16405);module.exports=hasFloat64ArraySupport}),16405:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isFloat64Array=__webpack_require__(25672);var GlobalFloat64Array=__webpack_require__(5265);function hasFloat64ArraySupport(){var bool;var arr;if(typeof GlobalFloat64Array!=="function"){return false}try{arr=new GlobalFloat64Array([1,3.14,-3.14,NaN]);bool=isFloat64Array(arr)&&arr[0]===1&&arr[1]===3.14&&arr[2]===-3.14&&arr[3]!==arr[3]}catch(err){bool=false}return bool}module.exports=hasFloat64ArraySupport}),67640:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(43103);module.exports=main}),43103:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var evil=__webpack_require__(13595);function hasGeneratorSupport(){var bool;try{evil('"use strict"; (function* () {})');bool=true}catch(err){bool=false}return bool}module.exports=hasGeneratorSupport}),31907:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(54270);module.exports=main}),54270:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var has=Object.prototype.hasOwnProperty;function hasOwnProp(value,property){if(value===void 0||value===null){return false}return has.call(value,property)}module.exports=hasOwnProp}),75547:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(166);module.exports=main}),166:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function hasSymbolSupport(){return typeof Symbol==="function"&&typeof Symbol("foo")==="symbol"}module.exports=hasSymbolSupport}),9501:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(36284);module.exports=main}),36284:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasSymbols=__webpack_require__(75547);var FLG=hasSymbols();function hasToStringTagSupport(){return FLG&&typeof Symbol.toStringTag==="symbol"}module.exports=hasToStringTagSupport}),55613:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasUint16ArraySupport=__webpack_require__(62364);module.exports=hasUint16ArraySupport}),62364:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isUint16Array=__webpack_require__(63599);var UINT16_MAX=__webpack_require__(26653);var GlobalUint16Array=__webpack_require__(5929);function hasUint16ArraySupport(){var bool;var arr;if(typeof GlobalUint16Array!=="function"){return false}try{arr=[1,3.14,-3.14,UINT16_MAX+1,UINT16_MAX+2];arr=new GlobalUint16Array(arr);bool=isUint16Array(arr)&&arr[0]===1&&arr[1]===3&&arr[2]===UINT16_MAX-2&&arr[3]===0&&arr[4]===1}catch(err){bool=false}return bool}module.exports=hasUint16ArraySupport}),5929:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=typeof Uint16Array==="function"?Uint16Array:null;module.exports=main}),44171:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasUint32ArraySupport=__webpack_require__(8950);module.exports=hasUint32ArraySupport}),8950:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isUint32Array=__webpack_require__(13209);var UINT32_MAX=__webpack_require__(98035);var GlobalUint32Array=__webpack_require__(22709);function hasUint32ArraySupport(){var bool;var arr;if(typeof GlobalUint32Array!=="function"){return false}try{arr=[1,3.14,-3.14,UINT32_MAX+1,UINT32_MAX+2];arr=new GlobalUint32Array(arr);bool=isUint32Array(arr)&&arr[0]===1&&arr[1]===3&&arr[2]===UINT32_MAX-2&&arr[3]===0&&arr[4]===1}catch(err){bool=false}return bool}module.exports=hasUint32ArraySupport}),22709:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=typeof Uint32Array==="function"?Uint32Array:null;module.exports=main}),4246:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasUint8ArraySupport=__webpack_require__(90249);module.exports=hasUint8ArraySupport}),90249:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isUint8Array=__webpack_require__(10228);var UINT8_MAX=__webpack_require__(92732);var GlobalUint8Array=__webpack_require__(85545);function hasUint8ArraySupport(){var bool;var arr;if(typeof GlobalUint8Array!=="function"){return false}try{arr=[1,3.14,-3.14,UINT8_MAX+1,UINT8_MAX+2];arr=new GlobalUint8Array(arr);bool=isUint8Array(arr)&&arr[0]===1&&arr[1]===3&&arr[2]===UINT8_MAX-2&&arr[3]===0&&arr[4]===1}catch(err){bool=false}return bool}module.exports=hasUint8ArraySupport}),85545:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=typeof Uint8Array==="function"?Uint8Array:null;module.exports=main}),25672:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isFloat64Array=__webpack_require__(87439);module.exports=isFloat64Array}),87439:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var nativeClass=__webpack_require__(547);var hasFloat64Array=typeof Float64Array==="function";function isFloat64Array(value){return hasFloat64Array&&value instanceof Float64Array||nativeClass(value)==="[object Float64Array]"}module.exports=isFloat64Array}),57604:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Uint8Array2=__webpack_require__(65183);var Uint16Array2=__webpack_require__(14826);var ctors={"uint16":Uint16Array2,"uint8":Uint8Array2};module.exports=ctors}),40347:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var IS_LITTLE_ENDIAN=__webpack_require__(77158);module.exports=IS_LITTLE_ENDIAN}),77158:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var ctors=__webpack_require__(57604);var bool;function isLittleEndian(){var uint16view;var uint8view;uint16view=new ctors["uint16"](1);uint16view[0]=4660;uint8view=new ctors["uint8"](uint16view.buffer);return uint8view[0]===52}bool=isLittleEndian();module.exports=bool}),63599:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isUint16Array=__webpack_require__(82394);module.exports=isUint16Array}),82394:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var nativeClass=__webpack_require__(547);var hasUint16Array=typeof Uint16Array==="function";function isUint16Array(value){return hasUint16Array&&value instanceof Uint16Array||nativeClass(value)==="[object Uint16Array]"}module.exports=isUint16Array}),13209:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isUint32Array=__webpack_require__(98168);module.exports=isUint32Array}),98168:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var nativeClass=__webpack_require__(547);var hasUint32Array=typeof Uint32Array==="function";function isUint32Array(value){return hasUint32Array&&value instanceof Uint32Array||nativeClass(value)==="[object Uint32Array]"}module.exports=isUint32Array}),10228:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isUint8Array=__webpack_require__(37755);module.exports=isUint8Array}),37755:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var nativeClass=__webpack_require__(547);var hasUint8Array=typeof Uint8Array==="function";function isUint8Array(value){return hasUint8Array&&value instanceof Uint8Array||nativeClass(value)==="[object Uint8Array]"}module.exports=isUint8Array}),28858:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT32_SMALLEST_NORMAL=11754943508222875e-54;module.exports=FLOAT32_SMALLEST_NORMAL}),20045:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var E=2.718281828459045;module.exports=E}),55088:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_EPSILON=2220446049250313e-31;module.exports=FLOAT64_EPSILON}),82404:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var EULERGAMMA=.5772156649015329;module.exports=EULERGAMMA}),11877:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_EXPONENT_BIAS=1023|0;module.exports=FLOAT64_EXPONENT_BIAS}),13822:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_GAMMA_LANCZOS_G=10.900511;module.exports=FLOAT64_GAMMA_LANCZOS_G}),29475:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var HALF_LN2=.34657359027997264;module.exports=HALF_LN2}),43935:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_HIGH_WORD_ABS_MASK=2147483647>>>0;module.exports=FLOAT64_HIGH_WORD_ABS_MASK}),30222:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_HIGH_WORD_EXPONENT_MASK=2146435072;module.exports=FLOAT64_HIGH_WORD_EXPONENT_MASK}),45976:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_HIGH_WORD_SIGN_MASK=2147483648>>>0;module.exports=FLOAT64_HIGH_WORD_SIGN_MASK}),28910:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_HIGH_WORD_SIGNIFICAND_MASK=1048575;module.exports=FLOAT64_HIGH_WORD_SIGNIFICAND_MASK}),81239:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var LN2=.6931471805599453;module.exports=LN2}),92656:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL=-1023|0;module.exports=FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL}),46276:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_MAX_BASE2_EXPONENT=1023|0;module.exports=FLOAT64_MAX_BASE2_EXPONENT}),74193:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_MAX_LN=709.782712893384;module.exports=FLOAT64_MAX_LN}),30313:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_MAX_NTH_FACTORIAL=170|0;module.exports=FLOAT64_MAX_NTH_FACTORIAL}),83424:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_MAX=17976931348623157e292;module.exports=FLOAT64_MAX}),34862:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL=-1074|0;module.exports=FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL}),67999:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_MIN_LN=-708.3964185322641;module.exports=FLOAT64_MIN_LN}),81475:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Number2=__webpack_require__(84241);var FLOAT64_NINF=Number2.NEGATIVE_INFINITY;module.exports=FLOAT64_NINF}),31277:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_NUM_HIGH_WORD_SIGNIFICAND_BITS=20|0;module.exports=FLOAT64_NUM_HIGH_WORD_SIGNIFICAND_BITS}),39701:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var PI=3.141592653589793;module.exports=PI}),50469:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_PINF=Number.POSITIVE_INFINITY;module.exports=FLOAT64_PINF}),55417:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_SMALLEST_NORMAL=22250738585072014e-324;module.exports=FLOAT64_SMALLEST_NORMAL}),58159:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_SQRT_EPSILON=14901161193847656e-24;module.exports=FLOAT64_SQRT_EPSILON}),62385:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var SQRT_TWO_PI=2.5066282746310007;module.exports=SQRT_TWO_PI}),7120:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var TWO_PI=6.283185307179586;module.exports=TWO_PI}),26653:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var UINT16_MAX=65535|0;module.exports=UINT16_MAX}),98035:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var UINT32_MAX=4294967295;module.exports=UINT32_MAX}),92732:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var UINT8_MAX=255|0;module.exports=UINT8_MAX}),36990:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(74209);module.exports=main}),74209:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Fcn=Function;module.exports=Fcn}),20530:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(18085);module.exports=main}),18085:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isInteger=__webpack_require__(2804);function isEven(x){return isInteger(x/2)}module.exports=isEven}),57234:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(50661);module.exports=main}),50661:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var PINF=__webpack_require__(50469);var NINF=__webpack_require__(81475);function isInfinite(x){return x===PINF||x===NINF}module.exports=isInfinite}),2804:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(63835);module.exports=main}),63835:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var floor=__webpack_require__(42334);function isInteger(x){return floor(x)===x}module.exports=isInteger}),86523:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(49382);module.exports=main}),49382:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function isnan(x){return x!==x}module.exports=isnan}),23270:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(48121);module.exports=main}),48121:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var NINF=__webpack_require__(81475);function isNegativeZero(x){return x===0&&1/x===NINF}module.exports=isNegativeZero}),97687:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(9106);module.exports=main}),9106:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isEven=__webpack_require__(20530);function isOdd(x){if(x>0){return isEven(x-1)}return isEven(x+1)}module.exports=isOdd}),30866:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(7685);module.exports=main}),7685:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var PINF=__webpack_require__(50469);function isPositiveZero(x){return x===0&&1/x===PINF}module.exports=isPositiveZero}),66260:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(76443);module.exports=main}),76443:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function abs(x){return Math.abs(x)}module.exports=abs}),3385:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(27640);module.exports=main}),27640:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var ceil=Math.ceil;module.exports=ceil}),35672:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(39775);module.exports=main}),39775:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var SIGN_MASK=__webpack_require__(45976);var ABS_MASK=__webpack_require__(43935);var toWords=__webpack_require__(87949);var getHighWord=__webpack_require__(2882);var fromWords=__webpack_require__(17844);var WORDS=[0,0];function copysign(x,y){var hx;var hy;toWords.assign(x,WORDS,1,0);hx=WORDS[0];hx&=ABS_MASK;hy=getHighWord(y);hy&=SIGN_MASK;hx|=hy;return fromWords(hx,WORDS[1])}module.exports=copysign}),99191:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(84274);module.exports=main}),84274:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var getHighWord=__webpack_require__(2882);var kernelCos=__webpack_require__(71567);var kernelSin=__webpack_require__(70186);var rempio2=__webpack_require__(93982);var ABS_MASK=__webpack_require__(43935);var EXPONENT_MASK=__webpack_require__(30222);var buffer=[0,0];var HIGH_WORD_PIO4=1072243195|0;var HIGH_WORD_TWO_NEG_27=1044381696|0;function cos(x){var ix;var n;ix=getHighWord(x);ix&=ABS_MASK;if(ix<=HIGH_WORD_PIO4){if(ix<HIGH_WORD_TWO_NEG_27){return 1}return kernelCos(x,0)}if(ix>=EXPONENT_MASK){return NaN}n=rempio2(x,buffer);switch(n&3){case 0:return kernelCos(buffer[0],buffer[1]);case 1:return-kernelSin(buffer[0],buffer[1]);case 2:return-kernelCos(buffer[0],buffer[1]);default:return kernelSin(buffer[0],buffer[1])}}module.exports=cos}),30988:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(84387);module.exports=main}),84387:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_erf.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var isnan=__webpack_require__(86523);var exp=__webpack_require__(31851);var setLowWord=__webpack_require__(23786);var PINF=__webpack_require__(50469);var NINF=__webpack_require__(81475);var polyvalPP=__webpack_require__(48300);var polyvalQQ=__webpack_require__(98018);var polyvalPA=__webpack_require__(60675);var polyvalQA=__webpack_require__(25266);var polyvalRA=__webpack_require__(98925);var polyvalSA=__webpack_require__(61332);var polyvalRB=__webpack_require__(516);var polyvalSB=__webpack_require__(99101);var TINY=1e-300;var SMALL=13877787807814457e-33;var ERX=.8450629115104675;var PPC=.12837916709551256;var QQC=1;var PAC=-.0023621185607526594;var QAC=1;var RAC=-.009864944034847148;var SAC=1;var RBC=-.0098649429247001;var SBC=1;function erfc(x){var sign;var ax;var z;var r;var s;var y;var p;var q;if(isnan(x)){return NaN}if(x===PINF){return 0}if(x===NINF){return 2}if(x===0){return 1}if(x<0){sign=true;ax=-x}else{sign=false;ax=x}if(ax<.84375){if(ax<SMALL){return 1-x}z=x*x;r=PPC+z*polyvalPP(z);s=QQC+z*polyvalQQ(z);y=r/s;if(x<.25){return 1-(x+x*y)}r=x*y;r+=x-.5;return .5-r}if(ax<1.25){s=ax-1;p=PAC+s*polyvalPA(s);q=QAC+s*polyvalQA(s);if(sign){return 1+ERX+p/q}return 1-ERX-p/q}if(ax<28){s=1/(ax*ax);if(ax<2.857142857142857){r=RAC+s*polyvalRA(s);s=SAC+s*polyvalSA(s)}else{if(x<-6){return 2-TINY}r=RBC+s*polyvalRB(s);s=SBC+s*polyvalSB(s)}z=setLowWord(ax,0);r=exp(-(z*z)-.5625)*exp((z-ax)*(z+ax)+r/s);if(sign){return 2-r/ax}return r/ax}if(sign){return 2-TINY}return TINY*TINY}module.exports=erfc}),60675:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .41485611868374833}return .41485611868374833+x*(-.3722078760357013+x*(.31834661990116175+x*(-.11089469428239668+x*(.035478304325618236+x*-.002166375594868791))))}module.exports=evalpoly}),48300:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.3250421072470015}return-.3250421072470015+x*(-.02848174957559851+x*(-.005770270296489442+x*-23763016656650163e-21))}module.exports=evalpoly}),25266:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .10642088040084423}return .10642088040084423+x*(.540397917702171+x*(.07182865441419627+x*(.12617121980876164+x*(.01363708391202905+x*.011984499846799107))))}module.exports=evalpoly}),98018:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .39791722395915535}return .39791722395915535+x*(.0650222499887673+x*(.005081306281875766+x*(.00013249473800432164+x*-3960228278775368e-21)))}module.exports=evalpoly}),98925:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.6938585727071818}return-.6938585727071818+x*(-10.558626225323291+x*(-62.375332450326006+x*(-162.39666946257347+x*(-184.60509290671104+x*(-81.2874355063066+x*-9.814329344169145)))))}module.exports=evalpoly}),516:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.799283237680523}return-.799283237680523+x*(-17.757954917754752+x*(-160.63638485582192+x*(-637.5664433683896+x*(-1025.0951316110772+x*-483.5191916086514))))}module.exports=evalpoly}),61332:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return 19.651271667439257}return 19.651271667439257+x*(137.65775414351904+x*(434.56587747522923+x*(645.3872717332679+x*(429.00814002756783+x*(108.63500554177944+x*(6.570249770319282+x*-.0604244152148581))))))}module.exports=evalpoly}),99101:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return 30.33806074348246}return 30.33806074348246+x*(325.7925129965739+x*(1536.729586084437+x*(3199.8582195085955+x*(2553.0504064331644+x*(474.52854120695537+x*-22.44095244658582)))))}module.exports=evalpoly}),36567:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var ldexp=__webpack_require__(83291);var polyvalP=__webpack_require__(71589);function expmulti(hi,lo,k){var r;var t;var c;var y;r=hi-lo;t=r*r;c=r-t*polyvalP(t);y=1-(lo-r*c/(2-c)-hi);return ldexp(y,k)}module.exports=expmulti}),31851:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(81878);module.exports=main}),81878:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var isnan=__webpack_require__(86523);var trunc=__webpack_require__(81262);var NINF=__webpack_require__(81475);var PINF=__webpack_require__(50469);var expmulti=__webpack_require__(36567);var LN2_HI=.6931471803691238;var LN2_LO=19082149292705877e-26;var LOG2_E=1.4426950408889634;var OVERFLOW=709.782712893384;var UNDERFLOW=-745.1332191019411;var NEARZERO=1/(1<<28);var NEG_NEARZERO=-NEARZERO;function exp(x){var hi;var lo;var k;if(isnan(x)||x===PINF){return x}if(x===NINF){return 0}if(x>OVERFLOW){return PINF}if(x<UNDERFLOW){return 0}if(x>NEG_NEARZERO&&x<NEARZERO){return 1+x}if(x<0){k=trunc(LOG2_E*x-.5)}else{k=trunc(LOG2_E*x+.5)}hi=x-k*LN2_HI;lo=k*LN2_LO;return expmulti(hi,lo,k)}module.exports=exp}),71589:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .16666666666666602}return .16666666666666602+x*(-.0027777777777015593+x*(6613756321437934e-20+x*(-16533902205465252e-22+x*41381367970572385e-24)))}module.exports=evalpoly}),40141:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var expm1=__webpack_require__(56172);module.exports=expm1}),56172:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_expm1.c} and [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/s_expm1.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var isnan=__webpack_require__(86523);var getHighWord=__webpack_require__(2882);var setHighWord=__webpack_require__(45990);var fromWords=__webpack_require__(17844);var PINF=__webpack_require__(50469);var NINF=__webpack_require__(81475);var FLOAT64_EXPONENT_BIAS=__webpack_require__(11877);var HALF_LN2=__webpack_require__(29475);var polyval=__webpack_require__(46736);var OVERFLOW_THRESHOLD=709.782712893384;var LN2_HI=.6931471803691238;var LN2_LO=19082149292705877e-26;var LN2_INV=1.4426950408889634;var LN2x56=38.816242111356935;var LN2_HALFX3=1.0397207708399179;function expm1(x){var halfX;var twopk;var sign;var hi;var lo;var hx;var r1;var y;var z;var c;var t;var e;var k;if(x===PINF||isnan(x)){return x}if(x===NINF){return-1}if(x===0){return x}if(x<0){sign=true;y=-x}else{sign=false;y=x}if(y>=LN2x56){if(sign){return-1}if(y>=OVERFLOW_THRESHOLD){return PINF}}hx=getHighWord(y)|0;if(y>HALF_LN2){if(y<LN2_HALFX3){if(sign){hi=x+LN2_HI;lo=-LN2_LO;k=-1}else{hi=x-LN2_HI;lo=LN2_LO;k=1}}else{if(sign){k=LN2_INV*x-.5}else{k=LN2_INV*x+.5}k|=0;t=k;hi=x-t*LN2_HI;lo=t*LN2_LO}x=hi-lo;c=hi-x-lo}else if(hx<1016070144){return x}else{k=0}halfX=.5*x;z=x*halfX;r1=1+z*polyval(z);t=3-r1*halfX;e=z*((r1-t)/(6-x*t));if(k===0){return x-(x*e-z)}twopk=fromWords(FLOAT64_EXPONENT_BIAS+k<<20,0);e=x*(e-c)-c;e-=z;if(k===-1){return .5*(x-e)-.5}if(k===1){if(x<-.25){return-2*(e-(x+.5))}return 1+2*(x-e)}if(k<=-2||k>56){y=1-(e-x);if(k===1024){hi=getHighWord(y)+(k<<20)|0;y=setHighWord(y,hi)}else{y*=twopk}return y-1}t=1;if(k<20){hi=1072693248-(2097152>>k)|0;t=setHighWord(t,hi);y=t-(e-x)}else{hi=FLOAT64_EXPONENT_BIAS-k<<20|0;t=setHighWord(t,hi);y=x-(e+t);y+=1}y*=twopk;return y}module.exports=expm1}),46736:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.03333333333333313}return-.03333333333333313+x*(.0015873015872548146+x*(-793650757867488e-19+x*(4008217827329362e-21+x*-20109921818362437e-23)))}module.exports=evalpoly}),42334:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(55681);module.exports=main}),55681:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var floor=Math.floor;module.exports=floor}),82638:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(62193);module.exports=main}),62193:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var gammaLanczosSumExpGScaled=__webpack_require__(61878);module.exports=gammaLanczosSumExpGScaled}),61878:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalrational(x){var ax;var s1;var s2;if(x===0){return Infinity}if(x<0){ax=-x}else{ax=x}if(ax<=1){s1=709811.662581658+x*(679979.8474157227+x*(293136.7857211597+x*(74887.54032914672+x*(12555.290582413863+x*(1443.4299244417066+x*(115.24194596137347+x*(6.309239205732627+x*(.22668404630224365+x*(.004826466289237662+x*4624429436045379e-20)))))))));s2=0+x*(362880+x*(1026576+x*(1172700+x*(723680+x*(269325+x*(63273+x*(9450+x*(870+x*(45+x*1)))))))))}else{x=1/x;s1=4624429436045379e-20+x*(.004826466289237662+x*(.22668404630224365+x*(6.309239205732627+x*(115.24194596137347+x*(1443.4299244417066+x*(12555.290582413863+x*(74887.54032914672+x*(293136.7857211597+x*(679979.8474157227+x*709811.662581658)))))))));s2=1+x*(45+x*(870+x*(9450+x*(63273+x*(269325+x*(723680+x*(1172700+x*(1026576+x*(362880+x*0)))))))))}return s1/s2}module.exports=evalrational}),40905:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(19848);module.exports=main}),19848:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/var isnan=__webpack_require__(86523);var isInteger=__webpack_require__(2804);var isNegativeZero=__webpack_require__(23270);var abs=__webpack_require__(66260);var floor=__webpack_require__(42334);var sin=__webpack_require__(61794);var PINF=__webpack_require__(50469);var NINF=__webpack_require__(81475);var PI=__webpack_require__(39701);var stirlingApprox=__webpack_require__(90101);var smallApprox=__webpack_require__(76630);var rateval=__webpack_require__(63381);function gamma(x){var sign;var q;var p;var z;if(isInteger(x)&&x<0||x===NINF||isnan(x)){return NaN}if(x===0){if(isNegativeZero(x)){return NINF}return PINF}if(x>171.61447887182297){return PINF}if(x<-170.5674972726612){return 0}q=abs(x);if(q>33){if(x>=0){return stirlingApprox(x)}p=floor(q);if((p&1)===0){sign=-1}else{sign=1}z=q-p;if(z>.5){p+=1;z=q-p}z=q*sin(PI*z);return sign*PI/(abs(z)*stirlingApprox(q))}z=1;while(x>=3){x-=1;z*=x}while(x<0){if(x>-1e-9){return smallApprox(x,z)}z/=x;x+=1}while(x<2){if(x<1e-9){return smallApprox(x,z)}z/=x;x+=1}if(x===2){return z}x-=2;return z*rateval(x)}module.exports=gamma}),6886:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .08333333333334822}return .08333333333334822+x*(.0034722222160545866+x*(-.0026813261780578124+x*(-.00022954996161337813+x*.0007873113957930937)))}module.exports=evalpoly}),63381:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalrational(x){var ax;var s1;var s2;if(x===0){return 1}if(x<0){ax=-x}else{ax=x}if(ax<=1){s1=1+x*(.4942148268014971+x*(.20744822764843598+x*(.04763678004571372+x*(.010421379756176158+x*(.0011913514700658638+x*(.00016011952247675185+x*0))))));s2=1+x*(.0714304917030273+x*(-.23459179571824335+x*(.035823639860549865+x*(.011813978522206043+x*(-.004456419138517973+x*(.0005396055804933034+x*-23158187332412014e-21))))))}else{x=1/x;s1=0+x*(.00016011952247675185+x*(.0011913514700658638+x*(.010421379756176158+x*(.04763678004571372+x*(.20744822764843598+x*(.4942148268014971+x*1))))));s2=-23158187332412014e-21+x*(.0005396055804933034+x*(-.004456419138517973+x*(.011813978522206043+x*(.035823639860549865+x*(-.23459179571824335+x*(.0714304917030273+x*1))))))}return s1/s2}module.exports=evalrational}),76630:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/var EULER=__webpack_require__(82404);function gamma(x,z){return z/((1+EULER*x)*x)}module.exports=gamma}),90101:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/var SQRT_TWO_PI=__webpack_require__(62385);var pow=__webpack_require__(6310);var exp=__webpack_require__(31851);var polyval=__webpack_require__(6886);var MAX_STIRLING=143.01608;function gamma(x){var w;var y;var v;w=1/x;w=1+w*polyval(w);y=exp(x);if(x>MAX_STIRLING){v=pow(x,.5*x-.25);y=v*(v/y)}else{y=pow(x,x-.5)/y}return SQRT_TWO_PI*y*w}module.exports=gamma}),27186:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var gamma1pm1=__webpack_require__(67013);module.exports=gamma1pm1}),23256:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/detail/lgamma_small.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var ln=__webpack_require__(51550);var EPS=__webpack_require__(55088);var rateval1=__webpack_require__(38280);var rateval2=__webpack_require__(1440);var rateval3=__webpack_require__(87492);var Y1=.15896368026733398;var Y2=.5281534194946289;var Y3=.45201730728149414;function lgammaSmallImp(z,zm1,zm2){var prefix;var result;var r;var R;if(z<EPS){return-ln(z)}if(zm1===0||zm2===0){return 0}result=0;if(z>2){if(z>=3){do{z-=1;zm2-=1;result+=ln(z)}while(z>=3);zm2=z-2}r=zm2*(z+1);R=rateval1(zm2);result+=r*Y1+r*R;return result}if(z<1){result+=-ln(z);zm2=zm1;zm1=z;z+=1}if(z<=1.5){r=rateval2(zm1);prefix=zm1*zm2;result+=prefix*Y2+prefix*r;return result}r=zm2*zm1;R=rateval3(-zm2);result+=r*Y3+r*R;return result}module.exports=lgammaSmallImp}),67013:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var gamma=__webpack_require__(40905);var expm1=__webpack_require__(40141);var log1p=__webpack_require__(74879);var isnan=__webpack_require__(86523);var lgammaSmallImp=__webpack_require__(23256);function gamma1pm1(x){if(isnan(x)){return NaN}if(x<0){if(x<-.5){return gamma(1+x)-1}return expm1(-log1p(x)+lgammaSmallImp(x+2,x+1,x))}if(x<2){return expm1(lgammaSmallImp(x+1,x,x-1))}return gamma(1+x)-1}module.exports=gamma1pm1}),38280:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalrational(x){var ax;var s1;var s2;if(x===0){return-.01803556856784494}if(x<0){ax=-x}else{ax=x}if(ax<=1){s1=-.01803556856784494+x*(.02512664961998968+x*(.049410315156753225+x*(.0172491608709614+x*(-.0002594535632054381+x*(-.0005410098692152044+x*(-3245886498259485e-20+x*0))))));s2=1+x*(1.962029871977952+x*(1.4801966942423133+x*(.5413914320717209+x*(.09885042511280101+x*(.008213096746488934+x*(.00022493629192211576+x*-22335276320861708e-23))))))}else{x=1/x;s1=0+x*(-3245886498259485e-20+x*(-.0005410098692152044+x*(-.0002594535632054381+x*(.0172491608709614+x*(.049410315156753225+x*(.02512664961998968+x*-.01803556856784494))))));s2=-22335276320861708e-23+x*(.00022493629192211576+x*(.008213096746488934+x*(.09885042511280101+x*(.5413914320717209+x*(1.4801966942423133+x*(1.962029871977952+x*1))))))}return s1/s2}module.exports=evalrational}),1440:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalrational(x){var ax;var s1;var s2;if(x===0){return .04906224540690395}if(x<0){ax=-x}else{ax=x}if(ax<=1){s1=.04906224540690395+x*(-.09691175301595212+x*(-.4149833583594954+x*(-.4065671242119384+x*(-.1584135863906922+x*(-.024014982064857155+x*-.0010034668769627955)))));s2=1+x*(3.0234982984646304+x*(3.4873958536072385+x*(1.9141558827442668+x*(.5071377386143635+x*(.05770397226904519+x*.001957681026011072)))))}else{x=1/x;s1=-.0010034668769627955+x*(-.024014982064857155+x*(-.1584135863906922+x*(-.4065671242119384+x*(-.4149833583594954+x*(-.09691175301595212+x*.04906224540690395)))));s2=.001957681026011072+x*(.05770397226904519+x*(.5071377386143635+x*(1.9141558827442668+x*(3.4873958536072385+x*(3.0234982984646304+x*1)))))}return s1/s2}module.exports=evalrational}),87492:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalrational(x){var ax;var s1;var s2;if(x===0){return-.029232972183027003}if(x<0){ax=-x}else{ax=x}if(ax<=1){s1=-.029232972183027003+x*(.14421626775719232+x*(-.14244039073863127+x*(.05428096940550536+x*(-.008505359768683364+x*(.0004311713426792973+x*0)))));s2=1+x*(-1.5016935605448505+x*(.846973248876495+x*(-.22009515181499575+x*(.02558279715597587+x*(-.0010066679553914337+x*-8271935218912905e-22)))))}else{x=1/x;s1=0+x*(.0004311713426792973+x*(-.008505359768683364+x*(.05428096940550536+x*(-.14244039073863127+x*(.14421626775719232+x*-.029232972183027003)))));s2=-8271935218912905e-22+x*(-.0010066679553914337+x*(.02558279715597587+x*(-.22009515181499575+x*(.846973248876495+x*(-1.5016935605448505+x*1)))))}return s1/s2}module.exports=evalrational}),17078:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var exp=__webpack_require__(31851);function finiteGammaQ(a,x){var term;var sum;var e;var n;e=exp(-x);sum=e;if(sum!==0){term=sum;for(n=1;n<a;++n){term/=n;term*=x;sum+=term}}return sum}module.exports=finiteGammaQ}),25120:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var erfc=__webpack_require__(30988);var sqrt=__webpack_require__(15478);var exp=__webpack_require__(31851);var PI=__webpack_require__(39701);function finiteHalfGammaQ(a,x){var half;var term;var sum;var e;var n;e=erfc(sqrt(x));if(e!==0&&a>1){term=exp(-x)/sqrt(PI*x);term*=x;half=.5;term/=half;sum=term;for(n=2;n<a;++n){term/=n-half;term*=x;sum+=term}e+=sum}return e}module.exports=finiteHalfGammaQ}),85852:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var exp=__webpack_require__(31851);var pow=__webpack_require__(6310);var ln=__webpack_require__(51550);var MAX_LN=__webpack_require__(74193);var MIN_LN=__webpack_require__(67999);function fullIGammaPrefix(a,z){var prefix;var alz;alz=a*ln(z);if(z>=1){if(alz<MAX_LN&&-z>MIN_LN){prefix=pow(z,a)*exp(-z)}else if(a>=1){prefix=pow(z/exp(z/a),a)}else{prefix=exp(alz-z)}}else{if(alz>MIN_LN){prefix=pow(z,a)*exp(-z)}else if(z/a<MAX_LN){prefix=pow(z/exp(z/a),a)}else{prefix=exp(alz-z)}}return prefix}module.exports=fullIGammaPrefix}),6144:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var floor=__webpack_require__(42334);var gamma=__webpack_require__(40905);var abs=__webpack_require__(66260);var pow=__webpack_require__(6310);var ln=__webpack_require__(51550);var SQRT_EPSILON=__webpack_require__(58159);var FLOAT64_MAX=__webpack_require__(83424);var MAX_LN=__webpack_require__(74193);var tgammaILargeX=__webpack_require__(23781);var finiteGammaQ=__webpack_require__(17078);var finiteHalfGammaQ=__webpack_require__(25120);var fullIGammaPrefix=__webpack_require__(85852);var igammaTemmeLarge=__webpack_require__(10712);var lowerGammaSeries=__webpack_require__(47178);var regularisedGammaPrefix=__webpack_require__(94175);var tgammaSmallUpperPart=__webpack_require__(80097);var upperGammaFraction=__webpack_require__(20386);function igammaFinal(x,a,regularized,upper){var optimisedInvert;var evalMethod;var isHalfInt;var initValue;var useTemme;var isSmallA;var result;var invert;var isInt;var sigma;var res;var gam;var fa;var g;result=0;invert=upper;isSmallA=a<30&&a<=x+1&&x<MAX_LN;if(isSmallA){fa=floor(a);isInt=fa===a;isHalfInt=isInt?false:abs(fa-a)===.5}else{isInt=false;isHalfInt=false}if(isInt&&x>.6){invert=!invert;evalMethod=0}else if(isHalfInt&&x>.2){invert=!invert;evalMethod=1}else if(x<SQRT_EPSILON&&a>1){evalMethod=6}else if(x>1e3&&(a<x||abs(a-50)/x<1)){invert=!invert;evalMethod=7}else if(x<.5){if(-.4/ln(x)<a){evalMethod=2}else{evalMethod=3}}else if(x<1.1){if(x*.75<a){evalMethod=2}else{evalMethod=3}}else{useTemme=false;if(regularized&&a>20){sigma=abs((x-a)/a);if(a>200){if(20/a>sigma*sigma){useTemme=true}}else if(sigma<.4){useTemme=true}}if(useTemme){evalMethod=5}else if(x-1/(3*x)<a){evalMethod=2}else{evalMethod=4;invert=!invert}}switch(evalMethod){case 0:result=finiteGammaQ(a,x);if(regularized===false){result*=gamma(a)}break;case 1:result=finiteHalfGammaQ(a,x);if(regularized===false){result*=gamma(a)}break;case 2:result=regularized?regularisedGammaPrefix(a,x):fullIGammaPrefix(a,x);if(result!==0){initValue=0;optimisedInvert=false;if(invert){initValue=regularized?1:gamma(a);if(regularized||result>=1||FLOAT64_MAX*result>initValue){initValue/=result;if(regularized||a<1||FLOAT64_MAX/a>initValue){initValue*=-a;optimisedInvert=true}else{initValue=0}}else{initValue=0}}result*=lowerGammaSeries(a,x,initValue)/a;if(optimisedInvert){invert=false;result=-result}}break;case 3:invert=!invert;res=tgammaSmallUpperPart(a,x,invert);result=res[0];g=res[1];invert=false;if(regularized){result/=g}break;case 4:result=regularized?regularisedGammaPrefix(a,x):fullIGammaPrefix(a,x);if(result!==0){result*=upperGammaFraction(a,x)}break;case 5:result=igammaTemmeLarge(a,x);if(x>=a){invert=!invert}break;case 6:result=regularized?pow(x,a)/gamma(a+1):pow(x,a)/a;result*=1-a*x/(a+1);break;case 7:result=regularized?regularisedGammaPrefix(a,x):fullIGammaPrefix(a,x);result/=x;if(result!==0){result*=tgammaILargeX(a,x)}break}if(regularized&&result>1){result=1}if(invert){gam=regularized?1:gamma(a);result=gam-result}return result}module.exports=igammaFinal}),10712:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var evalpoly=__webpack_require__(62096);var log1pmx=__webpack_require__(15430);var erfc=__webpack_require__(30988);var sqrt=__webpack_require__(15478);var exp=__webpack_require__(31851);var TWO_PI=__webpack_require__(7120);var polyvalC0=__webpack_require__(4410);var polyvalC1=__webpack_require__(35273);var polyvalC2=__webpack_require__(50736);var polyvalC3=__webpack_require__(8135);var polyvalC4=__webpack_require__(36870);var polyvalC5=__webpack_require__(67589);var polyvalC6=__webpack_require__(3164);var polyvalC7=__webpack_require__(8099);var polyvalC8=__webpack_require__(81794);var workspace=[0,0,0,0,0,0,0,0,0,0];function igammaTemmeLarge(a,x){var result;var sigma;var phi;var y;var z;sigma=(x-a)/a;phi=-log1pmx(sigma);y=a*phi;z=sqrt(2*phi);if(x<a){z=-z}workspace[0]=polyvalC0(z);workspace[1]=polyvalC1(z);workspace[2]=polyvalC2(z);workspace[3]=polyvalC3(z);workspace[4]=polyvalC4(z);workspace[5]=polyvalC5(z);workspace[6]=polyvalC6(z);workspace[7]=polyvalC7(z);workspace[8]=polyvalC8(z);workspace[9]=-.0005967612901927463;result=evalpoly(workspace,1/a);result*=exp(-y)/sqrt(TWO_PI*a);if(x<a){result=-result}result+=erfc(sqrt(y))/2;return result}module.exports=igammaTemmeLarge}),55479:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(63218);module.exports=main}),47178:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var sumSeries=__webpack_require__(96491);var lowerIncompleteGammaSeries=__webpack_require__(53027);function lowerGammaSeries(a,z,initialValue){var result;var s;initialValue=initialValue||0;s=lowerIncompleteGammaSeries(a,z);result=sumSeries(s,{"initialValue":initialValue});return result}module.exports=lowerGammaSeries}),53027:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/function lowerIncompleteGammaSeries(a1,z1){var result=1;var a=a1;var z=z1;return next;function next(){var r=result;a+=1;result*=z/a;return r}}module.exports=lowerIncompleteGammaSeries}),63218:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var gammaln=__webpack_require__(67711);var exp=__webpack_require__(31851);var ln=__webpack_require__(51550);var SQRT_TWO_PI=__webpack_require__(62385);var MAX_LN=__webpack_require__(74193);var PINF=__webpack_require__(50469);var FLOAT64_MAX_NTH_FACTORIAL=__webpack_require__(30313);var igammaFinal=__webpack_require__(6144);var lowerGammaSeries=__webpack_require__(47178);var upperGammaFraction=__webpack_require__(20386);function gammainc(x,a,regularized,upper){var normalized;var initValue;var invert;var result;if(x<0||a<=0){return NaN}normalized=regularized===void 0?true:regularized;invert=upper;if(a>=FLOAT64_MAX_NTH_FACTORIAL&&!normalized){if(invert&&a*4<x){result=a*ln(x)-x;result+=ln(upperGammaFraction(a,x))}else if(!invert&&a>4*x){result=a*ln(x)-x;initValue=0;result+=ln(lowerGammaSeries(a,x,initValue)/a)}else{result=igammaFinal(x,a,true,invert);if(result===0){if(invert){result=1+1/(12*a)+1/(288*a*a);result=ln(result)-a+(a-.5)*ln(a);result+=ln(SQRT_TWO_PI)}else{result=a*ln(x)-x;initValue=0;result+=ln(lowerGammaSeries(a,x,initValue)/a)}}else{result=ln(result)+gammaln(a)}}if(result>MAX_LN){return PINF}return exp(result)}return igammaFinal(x,a,normalized,invert)}module.exports=gammainc}),4410:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.3333333333333333}return-.3333333333333333+x*(.08333333333333333+x*(-.014814814814814815+x*(.0011574074074074073+x*(.0003527336860670194+x*(-.0001787551440329218+x*(3919263178522438e-20+x*(-21854485106799924e-22+x*(-185406221071516e-20+x*(8296711340953087e-22+x*(-17665952736826078e-23+x*(6707853543401498e-24+x*(10261809784240309e-24+x*(-4382036018453353e-24+x*914769958223679e-24)))))))))))))}module.exports=evalpoly}),35273:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.001851851851851852}return-.001851851851851852+x*(-.003472222222222222+x*(.0026455026455026454+x*(-.0009902263374485596+x*(.00020576131687242798+x*(-4018775720164609e-22+x*(-18098550334489977e-21+x*(764916091608111e-20+x*(-16120900894563446e-22+x*(4647127802807434e-24+x*(1378633446915721e-22+x*(-5752545603517705e-23+x*11951628599778148e-24)))))))))))}module.exports=evalpoly}),50736:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .004133597883597883}return .004133597883597883+x*(-.0026813271604938273+x*(.0007716049382716049+x*(20093878600823047e-22+x*(-.00010736653226365161+x*(52923448829120125e-21+x*(-12760635188618728e-21+x*(3423578734096138e-23+x*(13721957309062932e-22+x*(-6298992138380055e-22+x*14280614206064242e-23)))))))))}module.exports=evalpoly}),8135:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .0006494341563786008}return .0006494341563786008+x*(.00022947209362139917+x*(-.0004691894943952557+x*(.00026772063206283885+x*(-7561801671883977e-20+x*(-2396505113867297e-22+x*(11082654115347302e-21+x*(-56749528269915965e-22+x*14230900732435883e-22)))))))}module.exports=evalpoly}),36870:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.0008618882909167117}return-.0008618882909167117+x*(.0007840392217200666+x*(-.0002990724803031902+x*(-14638452578843418e-22+x*(6641498215465122e-20+x*(-3968365047179435e-20+x*11375726970678419e-21)))))}module.exports=evalpoly}),67589:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.00033679855336635813}return-.00033679855336635813+x*(-6972813758365858e-20+x*(.0002772753244959392+x*(-.00019932570516188847+x*(6797780477937208e-20+x*(1419062920643967e-22+x*(-13594048189768693e-21+x*(8018470256334202e-21+x*-2291481176508095e-21)))))))}module.exports=evalpoly}),3164:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .0005313079364639922}return .0005313079364639922+x*(-.0005921664373536939+x*(.0002708782096718045+x*(7902353232660328e-22+x*(-8153969367561969e-20+x*(561168275310625e-19+x*-18329116582843375e-21)))))}module.exports=evalpoly}),8099:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .00034436760689237765}return .00034436760689237765+x*(5171790908260592e-20+x*(-.00033493161081142234+x*(.0002812695154763237+x*-.00010976582244684731)))}module.exports=evalpoly}),81794:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.0006526239185953094}return-.0006526239185953094+x*(.0008394987206720873+x*-.000438297098541721)}module.exports=evalpoly}),94175:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var lanczosSumExpGScaled=__webpack_require__(82638);var gammaln=__webpack_require__(67711);var gamma=__webpack_require__(40905);var log1pmx=__webpack_require__(15430);var sqrt=__webpack_require__(15478);var abs=__webpack_require__(66260);var exp=__webpack_require__(31851);var pow=__webpack_require__(6310);var max=__webpack_require__(32974);var min=__webpack_require__(38008);var ln=__webpack_require__(51550);var FLOAT64_MAX=__webpack_require__(83424);var MAX_LN=__webpack_require__(74193);var MIN_LN=__webpack_require__(67999);var G=__webpack_require__(13822);var E=__webpack_require__(20045);function regularisedGammaPrefix(a,z){var prefix;var amza;var agh;var alz;var amz;var sq;var d;agh=a+G-.5;d=(z-a-G+.5)/agh;if(a<1){if(z<=MIN_LN||a<1/FLOAT64_MAX){return exp(a*ln(z)-z-gammaln(a))}return pow(z,a)*exp(-z)/gamma(a)}if(abs(d*d*a)<=100&&a>150){prefix=a*log1pmx(d)+z*(.5-G)/agh;prefix=exp(prefix)}else{alz=a*ln(z/agh);amz=a-z;if(min(alz,amz)<=MIN_LN||max(alz,amz)>=MAX_LN){amza=amz/a;if(min(alz,amz)/2>MIN_LN&&max(alz,amz)/2<MAX_LN){sq=pow(z/agh,a/2)*exp(amz/2);prefix=sq*sq}else if(min(alz,amz)/4>MIN_LN&&max(alz,amz)/4<MAX_LN&&z>a){sq=pow(z/agh,a/4)*exp(amz/4);prefix=sq*sq;prefix*=prefix}else if(amza>MIN_LN&&amza<MAX_LN){prefix=pow(z*exp(amza)/agh,a)}else{prefix=exp(alz+amz)}}else{prefix=pow(z/agh,a)*exp(amz)}}prefix*=sqrt(agh/E)/lanczosSumExpGScaled(a);return prefix}module.exports=regularisedGammaPrefix}),27708:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/function smallGamma2Series(a,x){var result;var apn;var n;var r;result=-x;x=-x;apn=a+1;n=1;return next;function next(){r=result/apn;result*=x;n+=1;result/=n;apn+=1;return r}}module.exports=smallGamma2Series}),23781:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var sumSeries=__webpack_require__(96491);var tgammaILargeXSeries=__webpack_require__(94809);function tgammaILargeX(a,x){var result;var s;s=tgammaILargeXSeries(a,x);result=sumSeries(s);return result}module.exports=tgammaILargeX}),94809:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/function tgammaILargeXSeries(a1,x1){var result=1;var a=a1;var x=x1;return next;function next(){var r=result;result*=a/x;a-=1;return r}}module.exports=tgammaILargeXSeries}),80097:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var powm1=__webpack_require__(74756);var sumSeries=__webpack_require__(96491);var gamma1pm1=__webpack_require__(27186);var smallGamma2Series=__webpack_require__(27708);function tgammaSmallUpperPart(a,x,invert){var initialValue;var result;var pgam;var p;var s;result=gamma1pm1(a);pgam=(result+1)/a;p=powm1(x,a);result-=p;result/=a;s=smallGamma2Series(a,x);p+=1;initialValue=invert?pgam:0;result=-p*sumSeries(s,{"initialValue":(initialValue-result)/p});if(invert){result=-result}return[result,pgam]}module.exports=tgammaSmallUpperPart}),20386:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var continuedFraction=__webpack_require__(30508);var upperIncompleteGammaFract=__webpack_require__(12923);function upperGammaFraction(a,z){var f=upperIncompleteGammaFract(a,z);return 1/(z-a+1+continuedFraction(f))}module.exports=upperGammaFraction}),12923:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/function upperIncompleteGammaFract(a1,z1){var z=z1-a1+1;var a=a1;var k=0;return next;function next(){k+=1;z+=2;return[k*(a-k),z]}}module.exports=upperIncompleteGammaFract}),67711:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(28554);module.exports=main}),28554:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/e_lgamma_r.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var isnan=__webpack_require__(86523);var isInfinite=__webpack_require__(57234);var abs=__webpack_require__(66260);var ln=__webpack_require__(51550);var trunc=__webpack_require__(81262);var sinpi=__webpack_require__(18901);var PI=__webpack_require__(39701);var PINF=__webpack_require__(50469);var polyvalA1=__webpack_require__(89303);var polyvalA2=__webpack_require__(95690);var polyvalR=__webpack_require__(71271);var polyvalS=__webpack_require__(47120);var polyvalT1=__webpack_require__(62778);var polyvalT2=__webpack_require__(66503);var polyvalT3=__webpack_require__(42352);var polyvalU=__webpack_require__(67942);var polyvalV=__webpack_require__(45059);var polyvalW=__webpack_require__(89596);var A1C=.07721566490153287;var A2C=.3224670334241136;var RC=1;var SC=-.07721566490153287;var T1C=.48383612272381005;var T2C=-.1475877229945939;var T3C=.06462494023913339;var UC=-.07721566490153287;var VC=1;var WC=.4189385332046727;var YMIN=1.4616321449683622;var TWO52=4503599627370496;var TWO56=72057594037927940;var TINY=13877787807814457e-33;var TC=1.4616321449683622;var TF=-.12148629053584961;var TT=-3638676997039505e-33;function gammaln(x){var isNegative;var nadj;var flg;var p3;var p2;var p1;var p;var q;var t;var w;var y;var z;var r;if(isnan(x)||isInfinite(x)){return x}if(x===0){return PINF}if(x<0){isNegative=true;x=-x}else{isNegative=false}if(x<TINY){return-ln(x)}if(isNegative){if(x>=TWO52){return PINF}t=sinpi(x);if(t===0){return PINF}nadj=ln(PI/abs(t*x))}if(x===1||x===2){return 0}if(x<2){if(x<=.9){r=-ln(x);if(x>=YMIN-1+.27){y=1-x;flg=0}else if(x>=YMIN-1-.27){y=x-(TC-1);flg=1}else{y=x;flg=2}}else{r=0;if(x>=YMIN+.27){y=2-x;flg=0}else if(x>=YMIN-.27){y=x-TC;flg=1}else{y=x-1;flg=2}}switch(flg){case 0:z=y*y;p1=A1C+z*polyvalA1(z);p2=z*(A2C+z*polyvalA2(z));p=y*p1+p2;r+=p-.5*y;break;case 1:z=y*y;w=z*y;p1=T1C+w*polyvalT1(w);p2=T2C+w*polyvalT2(w);p3=T3C+w*polyvalT3(w);p=z*p1-(TT-w*(p2+y*p3));r+=TF+p;break;case 2:p1=y*(UC+y*polyvalU(y));p2=VC+y*polyvalV(y);r+=-.5*y+p1/p2;break}}else if(x<8){flg=trunc(x);y=x-flg;p=y*(SC+y*polyvalS(y));q=RC+y*polyvalR(y);r=.5*y+p/q;z=1;switch(flg){case 7:z*=y+6;case 6:z*=y+5;case 5:z*=y+4;case 4:z*=y+3;case 3:z*=y+2;r+=ln(z)}}else if(x<TWO56){t=ln(x);z=1/x;y=z*z;w=WC+z*polyvalW(y);r=(x-.5)*(t-1)+w}else{r=x*(ln(x)-1)}if(isNegative){r=nadj-r}return r}module.exports=gammaln}),89303:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .06735230105312927}return .06735230105312927+x*(.007385550860814029+x*(.0011927076318336207+x*(.00022086279071390839+x*25214456545125733e-21)))}module.exports=evalpoly}),95690:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .020580808432516733}return .020580808432516733+x*(.0028905138367341563+x*(.0005100697921535113+x*(.00010801156724758394+x*44864094961891516e-21)))}module.exports=evalpoly}),71271:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return 1.3920053346762105}return 1.3920053346762105+x*(.7219355475671381+x*(.17193386563280308+x*(.01864591917156529+x*(.0007779424963818936+x*7326684307446256e-21))))}module.exports=evalpoly}),47120:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .21498241596060885}return .21498241596060885+x*(.325778796408931+x*(.14635047265246445+x*(.02664227030336386+x*(.0018402845140733772+x*3194753265841009e-20))))}module.exports=evalpoly}),62778:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.032788541075985965}return-.032788541075985965+x*(.006100538702462913+x*(-.0014034646998923284+x*.00031563207090362595))}module.exports=evalpoly}),66503:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .01797067508118204}return .01797067508118204+x*(-.0036845201678113826+x*(.000881081882437654+x*-.00031275416837512086))}module.exports=evalpoly}),42352:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-.010314224129834144}return-.010314224129834144+x*(.0022596478090061247+x*(-.0005385953053567405+x*.0003355291926355191))}module.exports=evalpoly}),67942:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .6328270640250934}return .6328270640250934+x*(1.4549225013723477+x*(.9777175279633727+x*(.22896372806469245+x*.013381091853678766)))}module.exports=evalpoly}),45059:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return 2.4559779371304113}return 2.4559779371304113+x*(2.128489763798934+x*(.7692851504566728+x*(.10422264559336913+x*.003217092422824239)))}module.exports=evalpoly}),89596:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .08333333333333297}return .08333333333333297+x*(-.0027777777772877554+x*(.0007936505586430196+x*(-.00059518755745034+x*(.0008363399189962821+x*-.0016309293409657527))))}module.exports=evalpoly}),71567:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(94010);module.exports=main}),94010:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/k_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var polyval13=__webpack_require__(25732);var polyval46=__webpack_require__(53242);function kernelCos(x,y){var hz;var r;var w;var z;z=x*x;w=z*z;r=z*polyval13(z);r+=w*w*polyval46(z);hz=.5*z;w=1-hz;return w+(1-w-hz+(z*r-x*y))}module.exports=kernelCos}),25732:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .0416666666666666}return .0416666666666666+x*(-.001388888888887411+x*2480158728947673e-20)}module.exports=evalpoly}),53242:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return-27557314351390663e-23}return-27557314351390663e-23+x*(2087572321298175e-24+x*-11359647557788195e-27)}module.exports=evalpoly}),70186:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(97485);module.exports=main}),97485:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var S1=-.16666666666666632;var S2=.00833333333332249;var S3=-.0001984126982985795;var S4=27557313707070068e-22;var S5=-25050760253406863e-24;var S6=158969099521155e-24;function kernelSin(x,y){var r;var v;var w;var z;z=x*x;w=z*z;r=S2+z*(S3+z*S4)+z*w*(S5+z*S6);v=z*x;if(y===0){return x+v*(S1+z*r)}return x-(z*(.5*y-v*r)-y-v*S1)}module.exports=kernelSin}),83291:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(23078);module.exports=main}),23078:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var PINF=__webpack_require__(50469);var NINF=__webpack_require__(81475);var BIAS=__webpack_require__(11877);var MAX_EXPONENT=__webpack_require__(46276);var MAX_SUBNORMAL_EXPONENT=__webpack_require__(92656);var MIN_SUBNORMAL_EXPONENT=__webpack_require__(34862);var isnan=__webpack_require__(86523);var isInfinite=__webpack_require__(57234);var copysign=__webpack_require__(35672);var normalize=__webpack_require__(79335).assign;var floatExp=__webpack_require__(6075);var toWords=__webpack_require__(87949);var fromWords=__webpack_require__(17844);var TWO52_INV=2220446049250313e-31;var CLEAR_EXP_MASK=2148532223>>>0;var FRAC=[0,0];var WORDS=[0,0];function ldexp(frac,exp){var high;var m;if(exp===0||frac===0||isnan(frac)||isInfinite(frac)){return frac}normalize(frac,FRAC,1,0);frac=FRAC[0];exp+=FRAC[1];exp+=floatExp(frac);if(exp<MIN_SUBNORMAL_EXPONENT){return copysign(0,frac)}if(exp>MAX_EXPONENT){if(frac<0){return NINF}return PINF}if(exp<=MAX_SUBNORMAL_EXPONENT){exp+=52;m=TWO52_INV}else{m=1}toWords.assign(frac,WORDS,1,0);high=WORDS[0];high&=CLEAR_EXP_MASK;high|=exp+BIAS<<20;return m*fromWords(high,WORDS[1])}module.exports=ldexp}),51550:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(75553);module.exports=main}),75553:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_log.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var getHighWord=__webpack_require__(2882);var setHighWord=__webpack_require__(45990);var isnan=__webpack_require__(86523);var BIAS=__webpack_require__(11877);var NINF=__webpack_require__(81475);var polyvalP=__webpack_require__(36488);var polyvalQ=__webpack_require__(71103);var LN2_HI=.6931471803691238;var LN2_LO=19082149292705877e-26;var TWO54=0x40000000000000;var ONE_THIRD=.3333333333333333;var HIGH_SIGNIFICAND_MASK=1048575|0;var HIGH_MAX_NORMAL_EXP=2146435072|0;var HIGH_MIN_NORMAL_EXP=1048576|0;var HIGH_BIASED_EXP_0=1072693248|0;function ln(x){var hfsq;var hx;var t2;var t1;var k;var R;var f;var i;var j;var s;var w;var z;if(x===0){return NINF}if(isnan(x)||x<0){return NaN}hx=getHighWord(x);k=0|0;if(hx<HIGH_MIN_NORMAL_EXP){k-=54|0;x*=TWO54;hx=getHighWord(x)}if(hx>=HIGH_MAX_NORMAL_EXP){return x+x}k+=(hx>>20)-BIAS|0;hx&=HIGH_SIGNIFICAND_MASK;i=hx+614244&1048576|0;x=setHighWord(x,hx|i^HIGH_BIASED_EXP_0);k+=i>>20|0;f=x-1;if((HIGH_SIGNIFICAND_MASK&2+hx)<3){if(f===0){if(k===0){return 0}return k*LN2_HI+k*LN2_LO}R=f*f*(.5-ONE_THIRD*f);if(k===0){return f-R}return k*LN2_HI-(R-k*LN2_LO-f)}s=f/(2+f);z=s*s;i=hx-398458|0;w=z*z;j=440401-hx|0;t1=w*polyvalP(w);t2=z*polyvalQ(w);i|=j;R=t2+t1;if(i>0){hfsq=.5*f*f;if(k===0){return f-(hfsq-s*(hfsq+R))}return k*LN2_HI-(hfsq-(s*(hfsq+R)+k*LN2_LO)-f)}if(k===0){return f-s*(f-R)}return k*LN2_HI-(s*(f-R)-k*LN2_LO-f)}module.exports=ln}),36488:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .3999999999940942}return .3999999999940942+x*(.22222198432149784+x*.15313837699209373)}module.exports=evalpoly}),71103:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .6666666666666735}return .6666666666666735+x*(.2857142874366239+x*(.1818357216161805+x*.14798198605116586))}module.exports=evalpoly}),74879:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var log1p=__webpack_require__(7306);module.exports=log1p}),7306:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_log1p.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var isnan=__webpack_require__(86523);var getHighWord=__webpack_require__(2882);var setHighWord=__webpack_require__(45990);var PINF=__webpack_require__(50469);var NINF=__webpack_require__(81475);var FLOAT64_EXPONENT_BIAS=__webpack_require__(11877);var polyval=__webpack_require__(10897);var LN2_HI=.6931471803691238;var LN2_LO=19082149292705877e-26;var SQRT2M1=.41421356237309503;var SQRT2HALFM1=-.2928932188134525;var SMALL=1862645149230957e-24;var TINY=5551115123125783e-32;var TWO53=9007199254740992;var TWO_THIRDS=.6666666666666666;function log1p(x){var hfsq;var hu;var y;var f;var c;var s;var z;var R;var u;var k;if(x<-1||isnan(x)){return NaN}if(x===-1){return NINF}if(x===PINF){return x}if(x===0){return x}if(x<0){y=-x}else{y=x}k=1;if(y<SQRT2M1){if(y<SMALL){if(y<TINY){return x}return x-x*x*.5}if(x>SQRT2HALFM1){k=0;f=x;hu=1}}if(k!==0){if(y<TWO53){u=1+x;hu=getHighWord(u);k=(hu>>20)-FLOAT64_EXPONENT_BIAS;if(k>0){c=1-(u-x)}else{c=x-(u-1)}c/=u}else{u=x;hu=getHighWord(u);k=(hu>>20)-FLOAT64_EXPONENT_BIAS;c=0}hu&=1048575;if(hu<434334){u=setHighWord(u,hu|1072693248)}else{k+=1;u=setHighWord(u,hu|1071644672);hu=1048576-hu>>2}f=u-1}hfsq=.5*f*f;if(hu===0){if(f===0){c+=k*LN2_LO;return k*LN2_HI+c}R=hfsq*(1-TWO_THIRDS*f);return k*LN2_HI-(R-(k*LN2_LO+c)-f)}s=f/(2+f);z=s*s;R=z*polyval(z);if(k===0){return f-(hfsq-s*(hfsq+R))}return k*LN2_HI-(hfsq-(s*(hfsq+R)+(k*LN2_LO+c))-f)}module.exports=log1p}),10897:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .6666666666666735}return .6666666666666735+x*(.3999999999940942+x*(.2857142874366239+x*(.22222198432149784+x*(.1818357216161805+x*(.15313837699209373+x*.14798198605116586)))))}module.exports=evalpoly}),15430:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var log1pmx=__webpack_require__(44473);module.exports=log1pmx}),44781:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
*/function log1pSeries(x){var mMult=-x;var mProd=-1;var k=0;return next;function next(){mProd*=mMult;k+=1;return mProd/k}}module.exports=log1pSeries}),44473:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var abs=__webpack_require__(66260);var ln=__webpack_require__(51550);var FLOAT_EPS=__webpack_require__(55088);var sumSeries=__webpack_require__(96491);var log1pSeries=__webpack_require__(44781);function log1pmx(x){var opts;var ax;if(x<=-1){return NaN}ax=abs(x);if(ax>.95){return ln(1+x)-x}if(ax<FLOAT_EPS){return-x*x/2}opts={"initialValue":-x};return sumSeries(log1pSeries(x),opts)}module.exports=log1pmx}),32974:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var max=__webpack_require__(78641);module.exports=max}),78641:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isPositiveZero=__webpack_require__(30866);var isnan=__webpack_require__(86523);var PINF=__webpack_require__(50469);function max(x,y){if(isnan(x)||isnan(y)){return NaN}if(x===PINF||y===PINF){return PINF}if(x===y&&x===0){if(isPositiveZero(x)){return x}return y}if(x>y){return x}return y}module.exports=max}),38008:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var min=__webpack_require__(29503);module.exports=min}),29503:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isNegativeZero=__webpack_require__(23270);var isnan=__webpack_require__(86523);var NINF=__webpack_require__(81475);function min(x,y){if(isnan(x)||isnan(y)){return NaN}if(x===NINF||y===NINF){return NINF}if(x===y&&x===0){if(isNegativeZero(x)){return x}return y}if(x<y){return x}return y}module.exports=min}),6310:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(87609);module.exports=main}),59905:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var getHighWord=__webpack_require__(2882);var setLowWord=__webpack_require__(23786);var setHighWord=__webpack_require__(45990);var BIAS=__webpack_require__(11877);var HIGH_NUM_SIGNIFICAND_BITS=__webpack_require__(31277);var polyvalL=__webpack_require__(53140);var HIGH_SIGNIFICAND_MASK=1048575|0;var HIGH_MIN_NORMAL_EXP=1048576|0;var HIGH_BIASED_EXP_0=1072693248|0;var HIGH_BIASED_EXP_NEG_512=536870912|0;var HIGH_SIGNIFICAND_HALF=524288|0;var TWO53=9007199254740992;var CP=.9617966939259756;var CP_HI=.9617967009544373;var CP_LO=-7028461650952758e-24;var BP=[1,1.5];var DP_HI=[0,.5849624872207642];var DP_LO=[0,1350039202129749e-23];function log2ax(out,ax,ahx){var tmp;var ss;var s2;var hs;var ls;var ht;var lt;var bp;var dp;var hp;var lp;var hz;var lz;var t1;var t2;var t;var r;var u;var v;var n;var j;var k;n=0|0;if(ahx<HIGH_MIN_NORMAL_EXP){ax*=TWO53;n-=53|0;ahx=getHighWord(ax)}n+=(ahx>>HIGH_NUM_SIGNIFICAND_BITS)-BIAS|0;j=ahx&HIGH_SIGNIFICAND_MASK|0;ahx=j|HIGH_BIASED_EXP_0|0;if(j<=235662){k=0}else if(j<767610){k=1}else{k=0;n+=1|0;ahx-=HIGH_MIN_NORMAL_EXP}ax=setHighWord(ax,ahx);bp=BP[k];u=ax-bp;v=1/(ax+bp);ss=u*v;hs=setLowWord(ss,0);tmp=(ahx>>1|HIGH_BIASED_EXP_NEG_512)+HIGH_SIGNIFICAND_HALF;tmp+=k<<18;ht=setHighWord(0,tmp);lt=ax-(ht-bp);ls=v*(u-hs*ht-hs*lt);s2=ss*ss;r=s2*s2*polyvalL(s2);r+=ls*(hs+ss);s2=hs*hs;ht=3+s2+r;ht=setLowWord(ht,0);lt=r-(ht-3-s2);u=hs*ht;v=ls*ht+lt*ss;hp=u+v;hp=setLowWord(hp,0);lp=v-(hp-u);hz=CP_HI*hp;lz=CP_LO*hp+lp*CP+DP_LO[k];dp=DP_HI[k];t=n;t1=hz+lz+dp+t;t1=setLowWord(t1,0);t2=lz-(t1-t-dp-hz);out[0]=t1;out[1]=t2;return out}module.exports=log2ax}),53726:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var setLowWord=__webpack_require__(23786);var polyvalW=__webpack_require__(837);var INV_LN2=1.4426950408889634;var INV_LN2_HI=1.4426950216293335;var INV_LN2_LO=19259629911266175e-24;function logx(out,ax){var t2;var t1;var t;var w;var u;var v;t=ax-1;w=t*t*polyvalW(t);u=INV_LN2_HI*t;v=t*INV_LN2_LO-w*INV_LN2;t1=u+v;t1=setLowWord(t1,0);t2=v-(t1-u);out[0]=t1;out[1]=t2;return out}module.exports=logx}),87609:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var isnan=__webpack_require__(86523);var isOdd=__webpack_require__(97687);var isInfinite=__webpack_require__(57234);var isInteger=__webpack_require__(2804);var sqrt=__webpack_require__(15478);var abs=__webpack_require__(66260);var toWords=__webpack_require__(87949);var setLowWord=__webpack_require__(23786);var uint32ToInt32=__webpack_require__(86519);var NINF=__webpack_require__(81475);var PINF=__webpack_require__(50469);var ABS_MASK=__webpack_require__(43935);var xIsZero=__webpack_require__(72122);var yIsHuge=__webpack_require__(30888);var yIsInfinite=__webpack_require__(93355);var log2ax=__webpack_require__(59905);var logx=__webpack_require__(53726);var pow2=__webpack_require__(55224);var HIGH_MAX_NEAR_UNITY=1072693247|0;var HIGH_BIASED_EXP_31=1105199104|0;var HIGH_BIASED_EXP_64=1139802112|0;var HIGH_BIASED_EXP_10=1083179008|0;var HIGH_BIASED_EXP_0=1072693248|0;var HIGH_1075=1083231232|0;var HIGH_NEG_1075=3230714880>>>0;var HIGH_NUM_NONSIGN_BITS=31|0;var HUGE=1e300;var TINY=1e-300;var OVT=8008566259537294e-32;var WORDS=[0|0,0|0];var LOG_WORKSPACE=[0,0];function pow(x,y){var ahx;var ahy;var ax;var hx;var lx;var hy;var ly;var sx;var sy;var y1;var hp;var lp;var t;var z;var j;var i;if(isnan(x)||isnan(y)){return NaN}toWords.assign(y,WORDS,1,0);hy=WORDS[0];ly=WORDS[1];if(ly===0){if(y===0){return 1}if(y===1){return x}if(y===-1){return 1/x}if(y===.5){return sqrt(x)}if(y===-.5){return 1/sqrt(x)}if(y===2){return x*x}if(y===3){return x*x*x}if(y===4){x*=x;return x*x}if(isInfinite(y)){return yIsInfinite(x,y)}}toWords.assign(x,WORDS,1,0);hx=WORDS[0];lx=WORDS[1];if(lx===0){if(hx===0){return xIsZero(x,y)}if(x===1){return 1}if(x===-1&&isOdd(y)){return-1}if(isInfinite(x)){if(x===NINF){return pow(-0,-y)}if(y<0){return 0}return PINF}}if(x<0&&isInteger(y)===false){return(x-x)/(x-x)}ax=abs(x);ahx=hx&ABS_MASK|0;ahy=hy&ABS_MASK|0;sx=hx>>>HIGH_NUM_NONSIGN_BITS|0;sy=hy>>>HIGH_NUM_NONSIGN_BITS|0;if(sx&&isOdd(y)){sx=-1}else{sx=1}if(ahy>HIGH_BIASED_EXP_31){if(ahy>HIGH_BIASED_EXP_64){return yIsHuge(x,y)}if(ahx<HIGH_MAX_NEAR_UNITY){if(sy===1){return sx*HUGE*HUGE}return sx*TINY*TINY}if(ahx>HIGH_BIASED_EXP_0){if(sy===0){return sx*HUGE*HUGE}return sx*TINY*TINY}t=logx(LOG_WORKSPACE,ax)}else{t=log2ax(LOG_WORKSPACE,ax,ahx)}y1=setLowWord(y,0);lp=(y-y1)*t[0]+y*t[1];hp=y1*t[0];z=lp+hp;toWords.assign(z,WORDS,1,0);j=uint32ToInt32(WORDS[0]);i=uint32ToInt32(WORDS[1]);if(j>=HIGH_BIASED_EXP_10){if((j-HIGH_BIASED_EXP_10|i)!==0){return sx*HUGE*HUGE}if(lp+OVT>z-hp){return sx*HUGE*HUGE}}else if((j&ABS_MASK)>=HIGH_1075){if((j-HIGH_NEG_1075|i)!==0){return sx*TINY*TINY}if(lp<=z-hp){return sx*TINY*TINY}}z=pow2(j,hp,lp);return sx*z}module.exports=pow}),53140:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .5999999999999946}return .5999999999999946+x*(.4285714285785502+x*(.33333332981837743+x*(.272728123808534+x*(.23066074577556175+x*.20697501780033842))))}module.exports=evalpoly}),35568:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .16666666666666602}return .16666666666666602+x*(-.0027777777777015593+x*(6613756321437934e-20+x*(-16533902205465252e-22+x*41381367970572385e-24)))}module.exports=evalpoly}),837:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(x){if(x===0){return .5}return .5+x*(-.3333333333333333+x*.25)}module.exports=evalpoly}),55224:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var getHighWord=__webpack_require__(2882);var setHighWord=__webpack_require__(45990);var setLowWord=__webpack_require__(23786);var uint32ToInt32=__webpack_require__(86519);var ldexp=__webpack_require__(83291);var LN2=__webpack_require__(81239);var BIAS=__webpack_require__(11877);var ABS_MASK=__webpack_require__(43935);var HIGH_SIGNIFICAND_MASK=__webpack_require__(28910);var HIGH_NUM_SIGNIFICAND_BITS=__webpack_require__(31277);var polyvalP=__webpack_require__(35568);var HIGH_MIN_NORMAL_EXP=1048576|0;var HIGH_BIASED_EXP_NEG_1=1071644672|0;var LN2_HI=.6931471824645996;var LN2_LO=-1904654299957768e-24;function pow2(j,hp,lp){var tmp;var t1;var t;var r;var u;var v;var w;var z;var n;var i;var k;i=j&ABS_MASK|0;k=(i>>HIGH_NUM_SIGNIFICAND_BITS)-BIAS|0;n=0;if(i>HIGH_BIASED_EXP_NEG_1){n=j+(HIGH_MIN_NORMAL_EXP>>k+1)>>>0;k=((n&ABS_MASK)>>HIGH_NUM_SIGNIFICAND_BITS)-BIAS|0;tmp=(n&~(HIGH_SIGNIFICAND_MASK>>k))>>>0;t=setHighWord(0,tmp);n=(n&HIGH_SIGNIFICAND_MASK|HIGH_MIN_NORMAL_EXP)>>HIGH_NUM_SIGNIFICAND_BITS-k>>>0;if(j<0){n=-n}hp-=t}t=lp+hp;t=setLowWord(t,0);u=t*LN2_HI;v=(lp-(t-hp))*LN2+t*LN2_LO;z=u+v;w=v-(z-u);t=z*z;t1=z-t*polyvalP(t);r=z*t1/(t1-2)-(w+z*w);z=1-(r-z);j=getHighWord(z);j=uint32ToInt32(j);j+=n<<HIGH_NUM_SIGNIFICAND_BITS>>>0;if(j>>HIGH_NUM_SIGNIFICAND_BITS<=0){z=ldexp(z,n)}else{z=setHighWord(z,j)}return z}module.exports=pow2}),72122:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var isOdd=__webpack_require__(97687);var copysign=__webpack_require__(35672);var NINF=__webpack_require__(81475);var PINF=__webpack_require__(50469);function pow(x,y){if(y===NINF){return PINF}if(y===PINF){return 0}if(y>0){if(isOdd(y)){return x}return 0}if(isOdd(y)){return copysign(PINF,x)}return PINF}module.exports=pow}),30888:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var ABS_MASK=__webpack_require__(43935);var getHighWord=__webpack_require__(2882);var HIGH_MAX_NEAR_UNITY=1072693247|0;var HUGE=1e300;var TINY=1e-300;function pow(x,y){var ahx;var hx;hx=getHighWord(x);ahx=hx&ABS_MASK;if(ahx<=HIGH_MAX_NEAR_UNITY){if(y<0){return HUGE*HUGE}return TINY*TINY}if(y>0){return HUGE*HUGE}return TINY*TINY}module.exports=pow}),93355:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var abs=__webpack_require__(66260);var PINF=__webpack_require__(50469);function pow(x,y){if(x===-1){return(x-x)/(x-x)}if(x===1){return 1}if(abs(x)<1===(y===PINF)){return 0}return PINF}module.exports=pow}),74756:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var powm1=__webpack_require__(2603);module.exports=powm1}),2603:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/powm1.hpp}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/var isnan=__webpack_require__(86523);var isinfinite=__webpack_require__(57234);var abs=__webpack_require__(66260);var expm1=__webpack_require__(40141);var ln=__webpack_require__(51550);var pow=__webpack_require__(6310);var trunc=__webpack_require__(81262);function powm1(b,x){var result;var y;if(isnan(b)||isnan(x)){return NaN}if(x===0){return 0}if(b===0){return-1}if(b<0&&x%2===0){b=-b}if(b>0){if(abs(x*(b-1))<.5||abs(x)<.2){y=ln(b)*x;if(y<.5){return expm1(y)}}}else if(trunc(x)!==x){return NaN}result=pow(b,x)-1;if(isinfinite(result)||isnan(result)){return NaN}return result}module.exports=powm1}),93982:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var rempio2=__webpack_require__(44385);module.exports=rempio2}),97236:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var floor=__webpack_require__(42334);var ldexp=__webpack_require__(83291);var zeros=__webpack_require__(21830);var IPIO2=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859];var PIO2=[1.570796251296997,7549789415861596e-23,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67];var TWO24=16777216;var TWON24=5960464477539063e-23;var F=zeros(20);var Q=zeros(20);var FQ=zeros(20);var IQ=zeros(20);function compute(x,y,jz,q,q0,jk,jv,jx,f){var carry;var fw;var ih;var jp;var i;var k;var n;var j;var z;jp=jk;z=q[jz];j=jz;for(i=0;j>0;i++){fw=TWON24*z|0;IQ[i]=z-TWO24*fw|0;z=q[j-1]+fw;j-=1}z=ldexp(z,q0);z-=8*floor(z*.125);n=z|0;z-=n;ih=0;if(q0>0){i=IQ[jz-1]>>24-q0;n+=i;IQ[jz-1]-=i<<24-q0;ih=IQ[jz-1]>>23-q0}else if(q0===0){ih=IQ[jz-1]>>23}else if(z>=.5){ih=2}if(ih>0){n+=1;carry=0;for(i=0;i<jz;i++){j=IQ[i];if(carry===0){if(j!==0){carry=1;IQ[i]=16777216-j}}else{IQ[i]=16777215-j}}if(q0>0){switch(q0){case 1:IQ[jz-1]&=8388607;break;case 2:IQ[jz-1]&=4194303;break}}if(ih===2){z=1-z;if(carry!==0){z-=ldexp(1,q0)}}}if(z===0){j=0;for(i=jz-1;i>=jk;i--){j|=IQ[i]}if(j===0){for(k=1;IQ[jk-k]===0;k++){}for(i=jz+1;i<=jz+k;i++){f[jx+i]=IPIO2[jv+i];fw=0;for(j=0;j<=jx;j++){fw+=x[j]*f[jx+(i-j)]}q[i]=fw}jz+=k;return compute(x,y,jz,q,q0,jk,jv,jx,f)}jz-=1;q0-=24;while(IQ[jz]===0){jz-=1;q0-=24}}else{z=ldexp(z,-q0);if(z>=TWO24){fw=TWON24*z|0;IQ[jz]=z-TWO24*fw|0;jz+=1;q0+=24;IQ[jz]=fw}else{IQ[jz]=z|0}}fw=ldexp(1,q0);for(i=jz;i>=0;i--){q[i]=fw*IQ[i];fw*=TWON24}for(i=jz;i>=0;i--){fw=0;for(k=0;k<=jp&&k<=jz-i;k++){fw+=PIO2[k]*q[i+k]}FQ[jz-i]=fw}fw=0;for(i=jz;i>=0;i--){fw+=FQ[i]}if(ih===0){y[0]=fw}else{y[0]=-fw}fw=FQ[0]-fw;for(i=1;i<=jz;i++){fw+=FQ[i]}if(ih===0){y[1]=fw}else{y[1]=-fw}return n&7}function kernelRempio2(x,y,e0,nx){var fw;var jk;var jv;var jx;var jz;var q0;var i;var j;var m;jk=4;jx=nx-1;jv=(e0-3)/24|0;if(jv<0){jv=0}q0=e0-24*(jv+1);j=jv-jx;m=jx+jk;for(i=0;i<=m;i++){if(j<0){F[i]=0}else{F[i]=IPIO2[j]}j+=1}for(i=0;i<=jk;i++){fw=0;for(j=0;j<=jx;j++){fw+=x[j]*F[jx+(i-j)]}Q[i]=fw}jz=jk;return compute(x,y,jz,Q,q0,jk,jv,jx,F)}module.exports=kernelRempio2}),44385:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
*
* Optimized by Bruce D. Evans.
* ```
*/var ABS_MASK=__webpack_require__(43935);var EXPONENT_MASK=__webpack_require__(30222);var SIGNIFICAND_MASK=__webpack_require__(28910);var getHighWord=__webpack_require__(2882);var getLowWord=__webpack_require__(31662);var fromWords=__webpack_require__(17844);var rempio2Kernel=__webpack_require__(97236);var rempio2Medium=__webpack_require__(92880);var ZERO=0;var TWO24=16777216;var PIO2_1=1.5707963267341256;var PIO2_1T=6077100506506192e-26;var TWO_PIO2_1T=2*PIO2_1T;var THREE_PIO2_1T=3*PIO2_1T;var FOUR_PIO2_1T=4*PIO2_1T;var PI_HIGH_WORD_SIGNIFICAND=598523|0;var PIO4_HIGH_WORD=1072243195|0;var THREE_PIO4_HIGH_WORD=1073928572|0;var FIVE_PIO4_HIGH_WORD=1074752122|0;var THREE_PIO2_HIGH_WORD=1074977148|0;var SEVEN_PIO4_HIGH_WORD=1075183036|0;var TWO_PI_HIGH_WORD=1075388923|0;var NINE_PIO4_HIGH_WORD=1075594811|0;var MEDIUM=1094263291|0;var TX=[0,0,0];var TY=[0,0];function rempio2(x,y){var low;var e0;var hx;var ix;var nx;var i;var n;var z;hx=getHighWord(x)|0;ix=hx&ABS_MASK|0;if(ix<=PIO4_HIGH_WORD){y[0]=x;y[1]=0;return 0}if(ix<=FIVE_PIO4_HIGH_WORD){if((ix&SIGNIFICAND_MASK)===PI_HIGH_WORD_SIGNIFICAND){return rempio2Medium(x,ix,y)}if(ix<=THREE_PIO4_HIGH_WORD){if(hx>0){z=x-PIO2_1;y[0]=z-PIO2_1T;y[1]=z-y[0]-PIO2_1T;return 1}z=x+PIO2_1;y[0]=z+PIO2_1T;y[1]=z-y[0]+PIO2_1T;return-1}if(hx>0){z=x-2*PIO2_1;y[0]=z-TWO_PIO2_1T;y[1]=z-y[0]-TWO_PIO2_1T;return 2}z=x+2*PIO2_1;y[0]=z+TWO_PIO2_1T;y[1]=z-y[0]+TWO_PIO2_1T;return-2}if(ix<=NINE_PIO4_HIGH_WORD){if(ix<=SEVEN_PIO4_HIGH_WORD){if(ix===THREE_PIO2_HIGH_WORD){return rempio2Medium(x,ix,y)}if(hx>0){z=x-3*PIO2_1;y[0]=z-THREE_PIO2_1T;y[1]=z-y[0]-THREE_PIO2_1T;return 3}z=x+3*PIO2_1;y[0]=z+THREE_PIO2_1T;y[1]=z-y[0]+THREE_PIO2_1T;return-3}if(ix===TWO_PI_HIGH_WORD){return rempio2Medium(x,ix,y)}if(hx>0){z=x-4*PIO2_1;y[0]=z-FOUR_PIO2_1T;y[1]=z-y[0]-FOUR_PIO2_1T;return 4}z=x+4*PIO2_1;y[0]=z+FOUR_PIO2_1T;y[1]=z-y[0]+FOUR_PIO2_1T;return-4}if(ix<MEDIUM){return rempio2Medium(x,ix,y)}if(ix>=EXPONENT_MASK){y[0]=NaN;y[1]=NaN;return 0}low=getLowWord(x);e0=(ix>>20)-1046;z=fromWords(ix-(e0<<20|0),low);for(i=0;i<2;i++){TX[i]=z|0;z=(z-TX[i])*TWO24}TX[2]=z;nx=3;while(TX[nx-1]===ZERO){nx-=1}n=rempio2Kernel(TX,TY,e0,nx,1);if(hx<0){y[0]=-TY[0];y[1]=-TY[1];return-n}y[0]=TY[0];y[1]=TY[1];return n}module.exports=rempio2}),92880:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var round=__webpack_require__(18972);var getHighWord=__webpack_require__(2882);var INVPIO2=.6366197723675814;var PIO2_1=1.5707963267341256;var PIO2_1T=6077100506506192e-26;var PIO2_2=6077100506303966e-26;var PIO2_2T=20222662487959506e-37;var PIO2_3=20222662487111665e-37;var PIO2_3T=84784276603689e-45;var EXPONENT_MASK=2047|0;function rempio2Medium(x,ix,y){var high;var n;var t;var r;var w;var i;var j;n=round(x*INVPIO2);r=x-n*PIO2_1;w=n*PIO2_1T;j=ix>>20|0;y[0]=r-w;high=getHighWord(y[0]);i=j-(high>>20&EXPONENT_MASK);if(i>16){t=r;w=n*PIO2_2;r=t-w;w=n*PIO2_2T-(t-r-w);y[0]=r-w;high=getHighWord(y[0]);i=j-(high>>20&EXPONENT_MASK);if(i>49){t=r;w=n*PIO2_3;r=t-w;w=n*PIO2_3T-(t-r-w);y[0]=r-w}}y[1]=r-y[0]-w;return n}module.exports=rempio2Medium}),18972:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(66547);module.exports=main}),66547:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var round=Math.round;module.exports=round}),61794:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(53205);module.exports=main}),53205:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/var HIGH_WORD_ABS_MASK=__webpack_require__(43935);var HIGH_WORD_EXPONENT_MASK=__webpack_require__(30222);var getHighWord=__webpack_require__(2882);var kernelCos=__webpack_require__(71567);var kernelSin=__webpack_require__(70186);var rempio2=__webpack_require__(93982);var PIO4_HIGH_WORD=1072243195|0;var SMALL_HIGH_WORD=1045430272|0;var Y=[0,0];function sin(x){var ix;var n;ix=getHighWord(x);ix&=HIGH_WORD_ABS_MASK;if(ix<=PIO4_HIGH_WORD){if(ix<SMALL_HIGH_WORD){return x}return kernelSin(x,0)}if(ix>=HIGH_WORD_EXPONENT_MASK){return NaN}n=rempio2(x,Y);switch(n&3){case 0:return kernelSin(Y[0],Y[1]);case 1:return kernelCos(Y[0],Y[1]);case 2:return-kernelSin(Y[0],Y[1]);default:return-kernelCos(Y[0],Y[1])}}module.exports=sin}),18901:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(83012);module.exports=main}),83012:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isnan=__webpack_require__(86523);var isInfinite=__webpack_require__(57234);var cos=__webpack_require__(99191);var sin=__webpack_require__(61794);var abs=__webpack_require__(66260);var copysign=__webpack_require__(35672);var PI=__webpack_require__(39701);function sinpi(x){var ar;var r;if(isnan(x)){return NaN}if(isInfinite(x)){return NaN}r=x%2;ar=abs(r);if(ar===0||ar===1){return copysign(0,r)}if(ar<.25){return sin(PI*r)}if(ar<.75){ar=.5-ar;return copysign(cos(PI*ar),r)}if(ar<1.25){r=copysign(1,r)-r;return sin(PI*r)}if(ar<1.75){ar-=1.5;return-copysign(cos(PI*ar),r)}r-=copysign(2,r);return sin(PI*r)}module.exports=sinpi}),15478:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(91689);module.exports=main}),91689:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var sqrt=Math.sqrt;module.exports=sqrt}),81262:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(92657);module.exports=main}),92657:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var floor=__webpack_require__(42334);var ceil=__webpack_require__(3385);function trunc(x){if(x<0){return ceil(x)}return floor(x)}module.exports=trunc}),13962:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var abs=__webpack_require__(66260);var EPS=__webpack_require__(55088);var FLOAT32_SMALLEST_NORMAL=__webpack_require__(28858);var MAX_ITER=1e6;function continuedFractionA(gen,factor,maxIter){var delta;var a0;var C;var D;var f;var v;v=gen();f=v[1];a0=v[0];if(f===0){f=FLOAT32_SMALLEST_NORMAL}C=f;D=0;do{v=gen();if(v){D=v[1]+v[0]*D;if(D===0){D=FLOAT32_SMALLEST_NORMAL}C=v[1]+v[0]/C;if(C===0){C=FLOAT32_SMALLEST_NORMAL}D=1/D;delta=C*D;f*=delta}}while(v&&abs(delta-1)>factor&&--maxIter);return a0/f}function continuedFractionB(gen,factor,maxIter){var delta;var C;var D;var f;var v;v=gen();f=v[1];if(f===0){f=FLOAT32_SMALLEST_NORMAL}C=f;D=0;do{v=gen();if(v){D=v[1]+v[0]*D;if(D===0){D=FLOAT32_SMALLEST_NORMAL}C=v[1]+v[0]/C;if(C===0){C=FLOAT32_SMALLEST_NORMAL}D=1/D;delta=C*D;f*=delta}}while(v&&abs(delta-1)>factor&&--maxIter);return f}function continuedFraction(generator,options){var maxIter;var opts;var eps;opts={};if(arguments.length>1){opts=options}eps=opts.tolerance||EPS;maxIter=opts.maxIter||MAX_ITER;if(opts.keep){return continuedFractionB(generator,eps,maxIter)}return continuedFractionA(generator,eps,maxIter)}module.exports=continuedFraction}),57028:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var abs=__webpack_require__(66260);var FLOAT32_SMALLEST_NORMAL=__webpack_require__(28858);var EPS=__webpack_require__(55088);var MAX_ITER=1e6;function continuedFractionA(gen,factor,maxIter){var isgenerator;var delta;var a0;var f;var C;var D;var v;isgenerator=typeof gen.next==="function";v=isgenerator?gen.next().value:gen();f=v[1];a0=v[0];if(f===0){f=FLOAT32_SMALLEST_NORMAL}C=f;D=0;if(isgenerator===true){do{v=gen.next().value;if(v){D=v[1]+v[0]*D;if(D===0){D=FLOAT32_SMALLEST_NORMAL}C=v[1]+v[0]/C;if(C===0){C=FLOAT32_SMALLEST_NORMAL}D=1/D;delta=C*D;f*=delta}}while(abs(delta-1)>factor&&--maxIter)}else{do{v=gen();if(v){D=v[1]+v[0]*D;if(D===0){D=FLOAT32_SMALLEST_NORMAL}C=v[1]+v[0]/C;if(C===0){C=FLOAT32_SMALLEST_NORMAL}D=1/D;delta=C*D;f*=delta}}while(v&&abs(delta-1)>factor&&--maxIter)}return a0/f}function continuedFractionB(gen,factor,maxIter){var isgenerator;var delta;var f;var C;var D;var v;isgenerator=typeof gen.next==="function";v=isgenerator?gen.next().value:gen();f=v[1];if(f===0){f=FLOAT32_SMALLEST_NORMAL}C=f;D=0;if(isgenerator===true){do{v=gen.next().value;if(v){D=v[1]+v[0]*D;if(D===0){D=FLOAT32_SMALLEST_NORMAL}C=v[1]+v[0]/C;if(C===0){C=FLOAT32_SMALLEST_NORMAL}D=1/D;delta=C*D;f*=delta}}while(v&&abs(delta-1)>factor&&--maxIter)}else{do{v=gen();if(v){D=v[1]+v[0]*D;if(D===0){D=FLOAT32_SMALLEST_NORMAL}C=v[1]+v[0]/C;if(C===0){C=FLOAT32_SMALLEST_NORMAL}D=1/D;delta=C*D;f*=delta}}while(v&&abs(delta-1)>factor&&--maxIter)}return f}function continuedFraction(generator,options){var maxIter;var opts;var eps;opts={};if(arguments.length>1){opts=options}maxIter=opts.maxIter||MAX_ITER;eps=opts.tolerance||EPS;if(opts.keep){return continuedFractionB(generator,eps,maxIter)}return continuedFractionA(generator,eps,maxIter)}module.exports=continuedFraction}),30508:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasGeneratorSupport=__webpack_require__(67640);var generator=__webpack_require__(57028);var basic=__webpack_require__(13962);var continuedFraction;if(hasGeneratorSupport()){continuedFraction=generator}else{continuedFraction=basic}module.exports=continuedFraction}),71278:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Fcn=__webpack_require__(36990);var evalpoly=__webpack_require__(93767);function factory(c){var f;var n;var m;var i;if(c.length>500){return polyval}f="return function evalpoly(x){";n=c.length;if(n===0){f+="return 0.0;"}else if(n===1){f+="return "+c[0]+";"}else{f+="if(x===0.0){return "+c[0]+";}";f+="return "+c[0];m=n-1;for(i=1;i<n;i++){f+="+x*";if(i<m){f+="("}f+=c[i]}for(i=0;i<m-1;i++){f+=")"}f+=";"}f+="}";f+="//# sourceURL=evalpoly.factory.js";return new Fcn(f)();function polyval(x){return evalpoly(c,x)}}module.exports=factory}),62096:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var setReadOnly=__webpack_require__(4568);var main=__webpack_require__(93767);var factory=__webpack_require__(71278);setReadOnly(main,"factory",factory);module.exports=main}),93767:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function evalpoly(c,x){var p;var i;i=c.length;if(i<2||x===0){if(i===0){return 0}return c[0]}i-=1;p=c[i]*x+c[i-1];i-=2;while(i>=0){p=p*x+c[i];i-=1}return p}module.exports=evalpoly}),56049:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var abs=__webpack_require__(66260);var EPS=__webpack_require__(55088);var MAX_TERMS=1e6;function sumSeries(generator,options){var tolerance;var nextTerm;var counter;var result;var opts;opts={};if(arguments.length>1){opts=options}tolerance=opts.tolerance||EPS;counter=opts.maxTerms||MAX_TERMS;result=opts.initialValue||0;do{nextTerm=generator();result+=nextTerm}while(abs(tolerance*result)<abs(nextTerm)&&--counter);return result}module.exports=sumSeries}),13333:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var abs=__webpack_require__(66260);var EPS=__webpack_require__(55088);var MAX_TERMS=1e6;function sumSeries(generator,options){var isgenerator;var tolerance;var nextTerm;var counter;var result;var opts;opts={};if(arguments.length>1){opts=options}tolerance=opts.tolerance||EPS;counter=opts.maxTerms||MAX_TERMS;result=opts.initialValue||0;isgenerator=typeof generator.next==="function";if(isgenerator===true){for(nextTerm of generator){result+=nextTerm;if(abs(tolerance*result)>=abs(nextTerm)||--counter===0){break}}}else{do{nextTerm=generator();result+=nextTerm}while(abs(tolerance*result)<abs(nextTerm)&&--counter)}return result}module.exports=sumSeries}),96491:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasGeneratorSupport=__webpack_require__(67640);var generator=__webpack_require__(13333);var basic=__webpack_require__(56049);var sumSeries;if(hasGeneratorSupport()){sumSeries=generator}else{sumSeries=basic}module.exports=sumSeries}),84241:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(97696);module.exports=main}),97696:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/module.exports=Number}),6075:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(67014);module.exports=main}),67014:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var getHighWord=__webpack_require__(2882);var EXP_MASK=__webpack_require__(30222);var BIAS=__webpack_require__(11877);function exponent(x){var high=getHighWord(x);high=(high&EXP_MASK)>>>20;return high-BIAS|0}module.exports=exponent}),17844:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(15259);module.exports=main}),99593:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isLittleEndian=__webpack_require__(40347);var indices;var HIGH;var LOW;if(isLittleEndian===true){HIGH=1;LOW=0}else{HIGH=0;LOW=1}indices={"HIGH":HIGH,"LOW":LOW};module.exports=indices}),15259:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Uint32Array2=__webpack_require__(47096);var Float64Array2=__webpack_require__(69979);var indices=__webpack_require__(99593);var FLOAT64_VIEW=new Float64Array2(1);var UINT32_VIEW=new Uint32Array2(FLOAT64_VIEW.buffer);var HIGH=indices.HIGH;var LOW=indices.LOW;function fromWords(high,low){UINT32_VIEW[HIGH]=high;UINT32_VIEW[LOW]=low;return FLOAT64_VIEW[0]}module.exports=fromWords}),69828:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isLittleEndian=__webpack_require__(40347);var HIGH;if(isLittleEndian===true){HIGH=1}else{HIGH=0}module.exports=HIGH}),2882:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(16053);module.exports=main}),16053:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Uint32Array2=__webpack_require__(47096);var Float64Array2=__webpack_require__(69979);var HIGH=__webpack_require__(69828);var FLOAT64_VIEW=new Float64Array2(1);var UINT32_VIEW=new Uint32Array2(FLOAT64_VIEW.buffer);function getHighWord(x){FLOAT64_VIEW[0]=x;return UINT32_VIEW[HIGH]}module.exports=getHighWord}),31662:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(23761);module.exports=main}),75844:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isLittleEndian=__webpack_require__(40347);var LOW;if(isLittleEndian===true){LOW=0}else{LOW=1}module.exports=LOW}),23761:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Uint32Array2=__webpack_require__(47096);var Float64Array2=__webpack_require__(69979);var LOW=__webpack_require__(75844);var FLOAT64_VIEW=new Float64Array2(1);var UINT32_VIEW=new Uint32Array2(FLOAT64_VIEW.buffer);function getLowWord(x){FLOAT64_VIEW[0]=x;return UINT32_VIEW[LOW]}module.exports=getLowWord}),40750:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var FLOAT64_SMALLEST_NORMAL=__webpack_require__(55417);var isInfinite=__webpack_require__(57234);var isnan=__webpack_require__(86523);var abs=__webpack_require__(66260);var SCALAR=4503599627370496;function normalize(x,out,stride,offset){if(isnan(x)||isInfinite(x)){out[offset]=x;out[offset+stride]=0;return out}if(x!==0&&abs(x)<FLOAT64_SMALLEST_NORMAL){out[offset]=x*SCALAR;out[offset+stride]=-52;return out}out[offset]=x;out[offset+stride]=0;return out}module.exports=normalize}),79335:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var setReadOnly=__webpack_require__(4568);var main=__webpack_require__(86754);var assign=__webpack_require__(40750);setReadOnly(main,"assign",assign);module.exports=main}),86754:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var fcn=__webpack_require__(40750);function normalize(x){return fcn(x,[0,0],1,0)}module.exports=normalize}),72880:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isLittleEndian=__webpack_require__(40347);var HIGH;if(isLittleEndian===true){HIGH=1}else{HIGH=0}module.exports=HIGH}),45990:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(96921);module.exports=main}),96921:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Uint32Array2=__webpack_require__(47096);var Float64Array2=__webpack_require__(69979);var HIGH=__webpack_require__(72880);var FLOAT64_VIEW=new Float64Array2(1);var UINT32_VIEW=new Uint32Array2(FLOAT64_VIEW.buffer);function setHighWord(x,high){FLOAT64_VIEW[0]=x;UINT32_VIEW[HIGH]=high>>>0;return FLOAT64_VIEW[0]}module.exports=setHighWord}),23786:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(10253);module.exports=main}),79760:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isLittleEndian=__webpack_require__(40347);var LOW;if(isLittleEndian===true){LOW=0}else{LOW=1}module.exports=LOW}),10253:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Uint32Array2=__webpack_require__(47096);var Float64Array2=__webpack_require__(69979);var LOW=__webpack_require__(79760);var FLOAT64_VIEW=new Float64Array2(1);var UINT32_VIEW=new Uint32Array2(FLOAT64_VIEW.buffer);function setLowWord(x,low){FLOAT64_VIEW[0]=x;UINT32_VIEW[LOW]=low>>>0;return FLOAT64_VIEW[0]}module.exports=setLowWord}),65132:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Uint32Array2=__webpack_require__(47096);var Float64Array2=__webpack_require__(69979);var indices=__webpack_require__(33808);var FLOAT64_VIEW=new Float64Array2(1);var UINT32_VIEW=new Uint32Array2(FLOAT64_VIEW.buffer);var HIGH=indices.HIGH;var LOW=indices.LOW;function toWords(x,out,stride,offset){FLOAT64_VIEW[0]=x;out[offset]=UINT32_VIEW[HIGH];out[offset+stride]=UINT32_VIEW[LOW];return out}module.exports=toWords}),87949:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var setReadOnly=__webpack_require__(4568);var main=__webpack_require__(16364);var assign=__webpack_require__(65132);setReadOnly(main,"assign",assign);module.exports=main}),33808:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isLittleEndian=__webpack_require__(40347);var indices;var HIGH;var LOW;if(isLittleEndian===true){HIGH=1;LOW=0}else{HIGH=0;LOW=1}indices={"HIGH":HIGH,"LOW":LOW};module.exports=indices}),16364:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var fcn=__webpack_require__(65132);function toWords(x){return fcn(x,[0>>>0,0>>>0],1,0)}module.exports=toWords}),86519:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var uint32ToInt32=__webpack_require__(73234);module.exports=uint32ToInt32}),73234:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function uint32ToInt32(x){return x|0}module.exports=uint32ToInt32}),92029:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var abs=Math.abs;var lowercase=String.prototype.toLowerCase;var uppercase=String.prototype.toUpperCase;var replace=String.prototype.replace;var RE_EXP_POS_DIGITS=/e\+(\d)$/;var RE_EXP_NEG_DIGITS=/e-(\d)$/;var RE_ONLY_DIGITS=/^(\d+)$/;var RE_DIGITS_BEFORE_EXP=/^(\d+)e/;var RE_TRAILING_PERIOD_ZERO=/\.0$/;var RE_PERIOD_ZERO_EXP=/\.0*e/;var RE_ZERO_BEFORE_EXP=/(\..*[^0])0*e/;function formatDouble(f,token){var digits;var out;switch(token.specifier){case"e":case"E":out=f.toExponential(token.precision);break;case"f":case"F":out=f.toFixed(token.precision);break;case"g":case"G":if(abs(f)<1e-4){digits=token.precision;if(digits>0){digits-=1}out=f.toExponential(digits)}else{out=f.toPrecision(token.precision)}if(!token.alternate){out=replace.call(out,RE_ZERO_BEFORE_EXP,"$1e");out=replace.call(out,RE_PERIOD_ZERO_EXP,"e");out=replace.call(out,RE_TRAILING_PERIOD_ZERO,"")}break;default:throw new Error("invalid double notation. Value: "+token.specifier)}out=replace.call(out,RE_EXP_POS_DIGITS,"e+0$1");out=replace.call(out,RE_EXP_NEG_DIGITS,"e-0$1");if(token.alternate){out=replace.call(out,RE_ONLY_DIGITS,"$1.");out=replace.call(out,RE_DIGITS_BEFORE_EXP,"$1.e")}if(f>=0&&token.sign){out=token.sign+out}out=token.specifier===uppercase.call(token.specifier)?uppercase.call(out):lowercase.call(out);return out}module.exports=formatDouble}),91836:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var isNumber=__webpack_require__(86392);var zeroPad=__webpack_require__(20122);var lowercase=String.prototype.toLowerCase;var uppercase=String.prototype.toUpperCase;function formatInteger(token){var base;var out;var i;switch(token.specifier){case"b":base=2;break;case"o":base=8;break;case"x":case"X":base=16;break;case"d":case"i":case"u":default:base=10;break}out=token.arg;i=parseInt(out,10);if(!isFinite(i)){if(!isNumber(out)){throw new Error("invalid integer. Value: "+out)}i=0}if(i<0&&(token.specifier==="u"||base!==10)){i=4294967295+i+1}if(i<0){out=(-i).toString(base);if(token.precision){out=zeroPad(out,token.precision,token.padRight)}out="-"+out}else{out=i.toString(base);if(!i&&!token.precision){out=""}else if(token.precision){out=zeroPad(out,token.precision,token.padRight)}if(token.sign){out=token.sign+out}}if(base===16){if(token.alternate){out="0x"+out}out=token.specifier===uppercase.call(token.specifier)?uppercase.call(out):lowercase.call(out)}if(base===8){if(token.alternate&&out.charAt(0)!=="0"){out="0"+out}}return out}module.exports=formatInteger}),50024:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(84879);module.exports=main}),86392:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function isNumber(value){return typeof value==="number"}module.exports=isNumber}),97852:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function isString(value){return typeof value==="string"}module.exports=isString}),84879:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var formatInteger=__webpack_require__(91836);var isString=__webpack_require__(97852);var isNumber=__webpack_require__(86392);var formatDouble=__webpack_require__(92029);var spacePad=__webpack_require__(34484);var zeroPad=__webpack_require__(20122);var fromCharCode=String.fromCharCode;var isArray=Array.isArray;function isnan(value){return value!==value}function initialize(token){var out={};out.specifier=token.specifier;out.precision=token.precision===void 0?1:token.precision;out.width=token.width;out.flags=token.flags||"";out.mapping=token.mapping;return out}function formatInterpolate(tokens){var hasPeriod;var flags;var token;var flag;var num;var out;var pos;var f;var i;var j;if(!isArray(tokens)){throw new TypeError("invalid argument. First argument must be an array. Value: `"+tokens+"`.")}out="";pos=1;for(i=0;i<tokens.length;i++){token=tokens[i];if(isString(token)){out+=token}else{hasPeriod=token.precision!==void 0;token=initialize(token);if(!token.specifier){throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+i+"`. Value: `"+token+"`.")}if(token.mapping){pos=token.mapping}flags=token.flags;for(j=0;j<flags.length;j++){flag=flags.charAt(j);switch(flag){case" ":token.sign=" ";break;case"+":token.sign="+";break;case"-":token.padRight=true;token.padZeros=false;break;case"0":token.padZeros=flags.indexOf("-")<0;break;case"#":token.alternate=true;break;default:throw new Error("invalid flag: "+flag)}}if(token.width==="*"){token.width=parseInt(arguments[pos],10);pos+=1;if(isnan(token.width)){throw new TypeError("the argument for * width at position "+pos+" is not a number. Value: `"+token.width+"`.")}if(token.width<0){token.padRight=true;token.width=-token.width}}if(hasPeriod){if(token.precision==="*"){token.precision=parseInt(arguments[pos],10);pos+=1;if(isnan(token.precision)){throw new TypeError("the argument for * precision at position "+pos+" is not a number. Value: `"+token.precision+"`.")}if(token.precision<0){token.precision=1;hasPeriod=false}}}token.arg=arguments[pos];switch(token.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":if(hasPeriod){token.padZeros=false}token.arg=formatInteger(token);break;case"s":token.maxWidth=hasPeriod?token.precision:-1;token.arg=String(token.arg);break;case"c":if(!isnan(token.arg)){num=parseInt(token.arg,10);if(num<0||num>127){throw new Error("invalid character code. Value: "+token.arg)}token.arg=isnan(num)?String(token.arg):fromCharCode(num)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(!hasPeriod){token.precision=6}f=parseFloat(token.arg);if(!isFinite(f)){if(!isNumber(token.arg)){throw new Error("invalid floating-point number. Value: "+out)}f=token.arg;token.padZeros=false}token.arg=formatDouble(f,token);break;default:throw new Error("invalid specifier: "+token.specifier)}if(token.maxWidth>=0&&token.arg.length>token.maxWidth){token.arg=token.arg.substring(0,token.maxWidth)}if(token.padZeros){token.arg=zeroPad(token.arg,token.width||token.precision,token.padRight)}else if(token.width){token.arg=spacePad(token.arg,token.width,token.padRight)}out+=token.arg||"";pos+=1}}return out}module.exports=formatInterpolate}),34484:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function spaces(n){var out="";var i;for(i=0;i<n;i++){out+=" "}return out}function spacePad(str,width,right){var pad=width-str.length;if(pad<0){return str}str=right?str+spaces(pad):spaces(pad)+str;return str}module.exports=spacePad}),20122:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function startsWithMinus(str){return str[0]==="-"}function zeros(n){var out="";var i;for(i=0;i<n;i++){out+="0"}return out}function zeroPad(str,width,right){var negative=false;var pad=width-str.length;if(pad<0){return str}if(startsWithMinus(str)){negative=true;str=str.substr(1)}str=right?str+zeros(pad):zeros(pad)+str;if(negative){str="-"+str}return str}module.exports=zeroPad}),19340:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(58755);module.exports=main}),58755:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var RE=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(match){var token={"mapping":match[1]?parseInt(match[1],10):void 0,"flags":match[2],"width":match[3],"precision":match[5],"specifier":match[6]};if(match[4]==="."&&match[5]===void 0){token.precision="1"}return token}function formatTokenize(str){var content;var tokens;var match;var prev;tokens=[];prev=0;match=RE.exec(str);while(match){content=str.slice(prev,RE.lastIndex-match[0].length);if(content.length){tokens.push(content)}if(match[6]==="%"){tokens.push("%")}else{tokens.push(parse(match))}prev=RE.lastIndex;match=RE.exec(str)}content=str.slice(prev);if(content.length){tokens.push(content)}return tokens}module.exports=formatTokenize}),17760:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(63191);module.exports=main}),28676:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/function isString(value){return typeof value==="string"}module.exports=isString}),63191:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var interpolate=__webpack_require__(50024);var tokenize=__webpack_require__(19340);var isString=__webpack_require__(28676);function format(str){var args;var i;if(!isString(str)){throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",str))}args=[tokenize(str)];for(i=1;i<arguments.length;i++){args.push(arguments[i])}return interpolate.apply(null,args)}module.exports=format}),32038:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(62873);module.exports=main}),62873:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Sym=typeof Symbol==="function"?Symbol:void 0;module.exports=Sym}),4568:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=__webpack_require__(26239);module.exports=main}),26239:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var defineProperty=__webpack_require__(50708);function setNonEnumerableReadOnly(obj,prop,value){defineProperty(obj,prop,{"configurable":false,"enumerable":false,"writable":false,"value":value})}module.exports=setNonEnumerableReadOnly}),97619:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var defineProperty=Object.defineProperty;module.exports=defineProperty}),15141:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var main=typeof Object.defineProperty==="function"?Object.defineProperty:null;module.exports=main}),32342:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var defineProperty=__webpack_require__(15141);function hasDefinePropertySupport(){try{defineProperty({},"x",{});return true}catch(err){return false}}module.exports=hasDefinePropertySupport}),50708:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasDefinePropertySupport=__webpack_require__(32342);var builtin=__webpack_require__(97619);var polyfill=__webpack_require__(80061);var defineProperty;if(hasDefinePropertySupport()){defineProperty=builtin}else{defineProperty=polyfill}module.exports=defineProperty}),80061:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var format=__webpack_require__(17760);var objectProtoype=Object.prototype;var toStr=objectProtoype.toString;var defineGetter=objectProtoype.__defineGetter__;var defineSetter=objectProtoype.__defineSetter__;var lookupGetter=objectProtoype.__lookupGetter__;var lookupSetter=objectProtoype.__lookupSetter__;function defineProperty(obj,prop,descriptor){var prototype;var hasValue;var hasGet;var hasSet;if(typeof obj!=="object"||obj===null||toStr.call(obj)==="[object Array]"){throw new TypeError(format("invalid argument. First argument must be an object. Value: `%s`.",obj))}if(typeof descriptor!=="object"||descriptor===null||toStr.call(descriptor)==="[object Array]"){throw new TypeError(format("invalid argument. Property descriptor must be an object. Value: `%s`.",descriptor))}hasValue="value"in descriptor;if(hasValue){if(lookupGetter.call(obj,prop)||lookupSetter.call(obj,prop)){prototype=obj.__proto__;obj.__proto__=objectProtoype;delete obj[prop];obj[prop]=descriptor.value;obj.__proto__=prototype}else{obj[prop]=descriptor.value}}hasGet="get"in descriptor;hasSet="set"in descriptor;if(hasValue&&(hasGet||hasSet)){throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.")}if(hasGet&&defineGetter){defineGetter.call(obj,prop,descriptor.get)}if(hasSet&&defineSetter){defineSetter.call(obj,prop,descriptor.set)}return obj}module.exports=defineProperty}),13595:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var evil=eval;module.exports=evil}),547:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasToStringTag=__webpack_require__(9501);var builtin=__webpack_require__(31006);var polyfill=__webpack_require__(9728);var main;if(hasToStringTag()){main=polyfill}else{main=builtin}module.exports=main}),31006:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var toStr=__webpack_require__(55763);function nativeClass(v){return toStr.call(v)}module.exports=nativeClass}),9728:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var hasOwnProp=__webpack_require__(31907);var toStringTag=__webpack_require__(94499);var toStr=__webpack_require__(55763);function nativeClass(v){var isOwn;var tag;var out;if(v===null||v===void 0){return toStr.call(v)}tag=v[toStringTag];isOwn=hasOwnProp(v,toStringTag);try{v[toStringTag]=void 0}catch(err){return toStr.call(v)}out=toStr.call(v);if(isOwn){v[toStringTag]=tag}else{delete v[toStringTag]}return out}module.exports=nativeClass}),55763:(module=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var toStr=Object.prototype.toString;module.exports=toStr}),94499:((module,__unused_webpack_exports,__webpack_require__)=>{/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/var Symbol2=__webpack_require__(32038);var toStrTag=typeof Symbol2==="function"?Symbol2.toStringTag:"";module.exports=toStrTag})};
