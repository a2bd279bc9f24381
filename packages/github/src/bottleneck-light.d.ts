// plugin-throttling uses Bottleneck's light build; its types are the main build's.
declare module "bottleneck/light.js" {
  import Bottleneck from "bottleneck";
  export default Bottleneck;
}
